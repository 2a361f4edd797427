using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace DevConnect.Tests.Shell;

/// <summary>Language and theme choices are kept for a year, counted on the app's clock.</summary>
public sealed class PreferenceCookieTests(PreferenceCookieTests.ClockedApp app) : IClassFixture<PreferenceCookieTests.ClockedApp>
{
    private static readonly DateTimeOffset _today = new(2031, 3, 4, 10, 30, 0, TimeSpan.Zero);

    public sealed class ClockedApp : DevConnectAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new ManualClock(_today)));
        }
    }

    [Theory]
    [InlineData("/preferences/culture?culture=fr&returnUrl=/")]
    [InlineData("/preferences/theme?mode=dark&returnUrl=/")]
    public async Task A_preference_is_remembered_until_a_year_after_the_clocks_today(string choice)
    {
        var response = await app.CreateBrowserLikeClient().GetAsync(choice, TestContext.Current.CancellationToken);

        var cookie = Assert.Single(SetCookieHeaderValue.ParseList(response.Headers.GetValues(HeaderNames.SetCookie).ToList()));
        Assert.Equal(_today.AddYears(1), cookie.Expires);
    }
}
