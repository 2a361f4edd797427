using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Projects;

/// <summary>
/// On /projects the page shows the results and the feed's island its filters: a starting circuit does not send the
/// cards again. The island shows results of its own only once they differ from the page's, rendered by bUnit over the
/// real services and a real database.
/// </summary>
public sealed class FeedResultsAroundTests : DomainComponentContext
{
    private SharedProjectReads Reads => Domain.Get<SharedProjectReads>();

    private async Task PostAsync(string ownerId, string name)
    {
        var result = await Domain.Get<ProjectService>().CreateAsync(ownerId, new ProjectDraft
        {
            Name = name, Summary = $"{name} in one line", Tags = ["rust"], Status = ProjectStatus.Recruiting,
        });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
    }

    private IRenderedComponent<FeedView> RenderAround(ProjectQuery query, ProjectFeedPage shownByThePage) =>
        Render<FeedView>(p => p.Add(f => f.Query, query).Add(f => f.ResultsShownAs, FeedStamp.Of(shownByThePage)));

    private static IReadOnlyList<string> Cards(IRenderedComponent<FeedView> feed) =>
        feed.FindAll("[data-testid=project-grid] article h3").Select(h => h.TextContent).ToList();

    private static bool ShowsItsOwnResults(IRenderedComponent<FeedView> feed) =>
        feed.Find("#feed-results").GetAttribute("data-live-results") == "true";

    [Fact]
    public async Task A_feed_around_the_same_results_shows_its_filters_alone_until_a_project_is_published()
    {
        var owner = await Domain.CreateMemberAsync("Olive Owner");
        await PostAsync(owner, "Ferris wheel");
        await PostAsync(owner, "Crab shell");
        var query = new ProjectQuery();

        var feed = RenderAround(query, await Reads.SearchAsync(query));
        feed.WaitForAssertion(() => Assert.Equal("2", feed.Find("button[data-lang=rust] .dc-chip-count").TextContent));
        Assert.Empty(Cards(feed));
        Assert.False(ShowsItsOwnResults(feed));

        // Another member: a new account posts three projects an hour.
        await PostAsync(await Domain.CreateMemberAsync("Hari Harbour"), "Harbour Watch");

        feed.WaitForAssertion(() => Assert.Equal(["Harbour Watch", "Crab shell", "Ferris wheel"], Cards(feed)));
        Assert.True(ShowsItsOwnResults(feed));
    }

    [Fact]
    public async Task A_feed_whose_page_was_read_before_a_change_shows_the_new_results_as_soon_as_it_starts()
    {
        var owner = await Domain.CreateMemberAsync("Olive Owner");
        await PostAsync(owner, "Ferris wheel");
        var query = new ProjectQuery();
        var shownByThePage = await Reads.SearchAsync(query);
        await PostAsync(owner, "Crab shell");

        var feed = RenderAround(query, shownByThePage);

        feed.WaitForAssertion(() => Assert.Equal(["Crab shell", "Ferris wheel"], Cards(feed)));
        Assert.True(ShowsItsOwnResults(feed));
    }

    [Fact]
    public async Task A_new_address_hands_the_results_back_to_the_page_that_shows_them()
    {
        var owner = await Domain.CreateMemberAsync("Olive Owner");
        await PostAsync(owner, "Ferris wheel");
        var feed = RenderAround(new ProjectQuery(), await Reads.SearchAsync(new ProjectQuery()));
        await PostAsync(owner, "Crab shell");
        feed.WaitForAssertion(() => Assert.True(ShowsItsOwnResults(feed)));

        // A filter chip: the enhanced navigation renders the page again around the island, with the new results.
        var rust = new ProjectQuery { Languages = ["rust"] };
        var rustPage = await Reads.SearchAsync(rust);
        feed.Render(p => p.Add(f => f.Query, rust).Add(f => f.ResultsShownAs, FeedStamp.Of(rustPage)));

        feed.WaitForAssertion(() => Assert.False(ShowsItsOwnResults(feed)));
        Assert.Empty(Cards(feed));
    }
}
