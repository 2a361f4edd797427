using System.Net;
using System.Text.RegularExpressions;
using DevConnect.Domain.Accounts;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Accounts.Sessions;

/// <summary>
/// When the security stamp is re-checked (every minute; here on every request), the signed-in principal is
/// rebuilt from the user: it must still know its session, or "This device" and the open tabs would lose it.
/// </summary>
public sealed class StampRecheckHttpTests(StampRecheckHttpTests.EveryRequestApp app) : IClassFixture<StampRecheckHttpTests.EveryRequestApp>
{
    public sealed class EveryRequestApp : DevConnectAppFactory
    {
        public EveryRequestApp() => Settings["Sessions:ValidationInterval"] = "00:00:00";
    }

    [Fact]
    public async Task A_request_that_rechecks_the_stamp_still_knows_which_device_it_is()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        await using (var scope = app.GetService<IServiceScopeFactory>().CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<RegistrationService>()
                .RegisterAsync(new RegistrationRequest(email, "Rechecked Member", null, "a long enough passphrase"))).Succeeded);
        }

        var browser = app.CreateBrowserLikeClient();
        await browser.LoginAsync(email, "a long enough passphrase");

        for (var visit = 0; visit < 3; visit++)
        {
            var page = await browser.GetAsync("/Account/Manage/Sessions");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Single(Regex.Matches(html, "This device"));
            Assert.DoesNotContain("name=\"SessionId\"", html, StringComparison.Ordinal);
        }
    }
}
