using AngleSharp.Html.Parser;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.TeamRecord;
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
    public async Task Accepted_kudos_show_to_visitors_and_the_form_shows_only_to_teammates()
    {
        var profiles = app.GetService<ProfileService>();
        var ada = (await profiles.GetPublicAsync("ada"))!.UserId;
        var camille = (await profiles.GetPublicAsync("camille-laurent"))!.UserId;
        var record = app.GetService<TeamRecordService>();
        if ((await record.ChanceAsync(ada, camille)).CanWrite)
        {
            Assert.True((await record.WriteAsync(ada, camille, "Set up our end-to-end tests in a weekend.")).Succeeded);
            var pending = (await record.ListAsync(camille, includePending: true)).Single(k => k.Status == KudosStatus.Pending);
            Assert.True((await record.DecideAsync(camille, pending.Id, accept: true)).Succeeded);
        }

        var visitor = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/u/camille-laurent"));
        Assert.Contains("end-to-end tests in a weekend", visitor.QuerySelector("[data-testid=kudos]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(visitor.QuerySelector("#kudos-text"));

        var stranger = app.CreateBrowserLikeClient();
        await stranger.LoginAsync("mei-tanaka");
        var strangerPage = new HtmlParser().ParseDocument(await stranger.GetStringAsync("/u/camille-laurent"));
        Assert.Null(strangerPage.QuerySelector("#kudos-text"));
    }
}
