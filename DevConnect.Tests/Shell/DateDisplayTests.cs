using Bunit;
using DevConnect.App.Components.Applications;
using DevConnect.App.Components.Shared;
using DevConnect.App.Resources;
using DevConnect.Tests.Applications;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor.Services;

namespace DevConnect.Tests.Shell;

/// <summary>Every date reads the same way in a language: "30 Nov 2026, 14:11" / "30 nov. 2026, 14:11", never US order.</summary>
public sealed class DateDisplayTests : BunitContext
{
    private static readonly DateTime _sent = new(2026, 11, 30, 14, 11, 0, DateTimeKind.Utc);

    public DateDisplayTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    private IStringLocalizer L => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Theory]
    [InlineData("en", "30 Nov 2026", "30 Nov 2026, 14:11")]
    [InlineData("fr", "30 nov. 2026", "30 nov. 2026, 14:11")]
    public void A_day_and_a_moment_follow_the_interface_language(string culture, string day, string moment)
    {
        using var language = new CultureScope(culture);

        Assert.Equal(day, Dates.Day(_sent));
        Assert.Equal(moment, Dates.DayTime(_sent));
    }

    [Theory]
    [InlineData("en", "2 min ago", "3 h ago", "just now")]
    [InlineData("fr", "il y a 2 min", "il y a 3 h", "à l'instant")]
    public void A_message_shows_how_long_ago_it_was_sent_with_the_exact_time_on_hover(string culture, string minutes, string hours, string now)
    {
        using var language = new CultureScope(culture);

        var recent = Render(Dates.Ago(L, _sent, _sent.AddMinutes(2).AddSeconds(5)));
        var earlier = Render(Dates.Ago(L, _sent, _sent.AddHours(3)));
        var justNow = Render(Dates.Ago(L, _sent, _sent.AddSeconds(20)));
        var old = Render(Dates.Ago(L, _sent, _sent.AddDays(30)));

        var time = recent.Find("time");
        Assert.Equal(minutes, time.TextContent);
        Assert.Equal(Dates.DayTime(_sent), time.GetAttribute("title"));
        Assert.Equal("2026-11-30T14:11:00Z", time.GetAttribute("datetime"));
        Assert.Equal(hours, earlier.Find("time").TextContent);
        Assert.Equal(now, justNow.Find("time").TextContent);
        Assert.Equal(Dates.DayTime(_sent), old.Find("time").TextContent);
    }

    [Fact]
    public void An_application_card_in_french_dates_the_application_the_french_way()
    {
        using var inFrench = new CultureScope("fr");

        var card = Render<ApplicationCard>(p => p.Add(c => c.Application, RoleLabelTests.Application("docs")).Add(c => c.ForOwner, true));

        Assert.Contains("30 nov. 2026", card.Find(".dc-application-meta").TextContent, StringComparison.Ordinal);
        Assert.Contains("21 déc. 2026", card.Find(".dc-application-meta").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("/2026", card.Markup, StringComparison.Ordinal);
    }
}
