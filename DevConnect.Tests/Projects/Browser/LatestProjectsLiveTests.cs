using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Projects.Browser;

/// <summary>
/// The home page in Chromium: it is rendered without a circuit around its live islands, and its newest projects still
/// update while it is open.
/// </summary>
public sealed class LatestProjectsLiveTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task A_visitor_on_the_home_page_sees_a_project_another_member_publishes_slide_in_first_without_a_reload()
    {
        var ada = (await app.GetService<ProfileService>().GetPublicAsync("ada"))!.UserId;
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await visitor.Page.GotoAsync("/");
        await visitor.WaitForInteractiveAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.Page.EvaluateAsync("window.__noReload = true");
        // The cards a visitor sees: once the island shows its own, the page's stay in the document, hidden.
        var cards = visitor.Page.Locator("[data-testid=latest-projects] article >> visible=true");
        var shown = await cards.CountAsync();

        var published = await app.GetService<ProjectService>().CreateAsync(ada, new ProjectDraft
        {
            Name = "Lighthouse Logbook",
            Summary = "Keepers' logs from old lighthouses, transcribed by volunteers",
            Tags = ["typescript"],
            Status = ProjectStatus.Recruiting,
        });
        Assert.True(published.Succeeded);

        await Microsoft.Playwright.Assertions.Expect(cards.First).ToContainTextAsync("Lighthouse Logbook");
        Assert.Equal(shown, await cards.CountAsync());
        Assert.True(await visitor.Page.EvaluateAsync<bool>("window.__noReload === true"), "the home page reloaded");
        visitor.AssertNoProblems();
    }
}
