using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell.Browser;

/// <summary>
/// The tab title is what a person sees in the tab strip and what a screen reader announces first; it must be there
/// from the prerendered page, through the circuit taking over the head, to the interactive page.
/// </summary>
public sealed class PageTitleTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Theory]
    [InlineData("/", "DevConnect · Build real projects together")]
    [InlineData("/projects", "Projects · DevConnect")]
    [InlineData("/people", "People · DevConnect")]
    [InlineData("/u/ada", "Ada Okafor (@ada) · DevConnect")]
    public async Task The_title_never_goes_blank_while_the_page_becomes_interactive(string path, string title)
    {
        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress);

        await tab.Page.GotoAsync(path);
        await tab.WaitForInteractiveAsync();

        Assert.Equal(title, await tab.Page.TitleAsync());
        // The watcher installed by BrowserPage turns any moment without a title into a console error.
        tab.AssertNoProblems();
    }

    [Fact]
    public async Task The_title_follows_a_click_to_another_page_inside_the_circuit()
    {
        // The opportunities board and the companies are interactive pages (the home page, the feed, projects, the people
        // directory and profiles are static around their islands).
        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await tab.Page.GotoAsync("/opportunities");
        await tab.WaitForInteractiveAsync();
        await tab.Page.EvaluateAsync("window.__noReload = true");

        await tab.Page.Locator("footer a[href='companies']").First.ClickAsync();
        await tab.WaitForAddressEndingAsync("/companies");

        await Microsoft.Playwright.Assertions.Expect(tab.Page).ToHaveTitleAsync("Companies · DevConnect");
        Assert.True(await tab.Page.EvaluateAsync<bool>("window.__noReload === true"), "the click reloaded the page");
        tab.AssertNoProblems();
    }

    [Fact]
    public async Task From_the_feed_a_click_to_another_page_loads_it_in_place_and_the_title_follows()
    {
        // The feed is rendered without a circuit around its live island: leaving it is an enhanced navigation.
        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await tab.Page.GotoAsync("/projects");
        await tab.WaitForInteractiveAsync();
        await tab.Page.EvaluateAsync("window.__noReload = true");

        await tab.Page.Locator("header .dc-appbar-nav a[href='people']").First.ClickAsync();
        await tab.WaitForAddressEndingAsync("/people");
        await tab.WaitForInteractiveAsync();

        await Microsoft.Playwright.Assertions.Expect(tab.Page).ToHaveTitleAsync("People · DevConnect");
        Assert.True(await tab.Page.EvaluateAsync<bool>("window.__noReload === true"), "the click reloaded the page");
        tab.AssertNoProblems();
    }
}
