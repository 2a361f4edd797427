using AngleSharp.Html.Parser;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.TeamRecord;

public sealed class TeamRecordPagesHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task A_profile_is_prerendered_with_the_projects_its_member_was_accepted_into()
    {
        var page = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/u/camille-laurent"));

        var record = page.QuerySelector("[data-testid=team-record]");
        Assert.NotNull(record);
        Assert.Contains("Open Pantry", record.TextContent, StringComparison.Ordinal);
        Assert.Contains("team of", record.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepted_kudos_show_to_visitors_and_pending_ones_do_not()
    {
        var client = app.CreateClient();

        var camille = new HtmlParser().ParseDocument(await client.GetStringAsync("/u/camille-laurent"));
        var mei = new HtmlParser().ParseDocument(await client.GetStringAsync("/u/mei-tanaka"));

        Assert.Contains("Set up our end-to-end tests", camille.QuerySelector("[data-testid=kudos]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(camille.QuerySelector("#kudos-text"));
        Assert.DoesNotContain("Pairs with juniors every week", mei.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kudos_form_shows_to_a_teammate_who_has_not_written_yet_and_to_nobody_else()
    {
        var teammate = app.CreateBrowserLikeClient();
        await teammate.LoginAsync("camille-laurent");
        var stranger = app.CreateBrowserLikeClient();
        await stranger.LoginAsync("grace-kim");

        Assert.Null(new HtmlParser().ParseDocument(await teammate.GetStringAsync("/u/ada")).QuerySelector("#kudos-text"));
        Assert.Null(new HtmlParser().ParseDocument(await stranger.GetStringAsync("/u/camille-laurent")).QuerySelector("#kudos-text"));
        var owner = app.CreateBrowserLikeClient();
        await owner.LoginAsync("mei-tanaka");
        Assert.NotNull(new HtmlParser().ParseDocument(await owner.GetStringAsync("/u/mei-tanaka")).QuerySelector("[data-testid=kudos-accept]"));
    }
}
