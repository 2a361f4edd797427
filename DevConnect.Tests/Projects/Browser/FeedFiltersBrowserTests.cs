using DevConnect.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace DevConnect.Tests.Projects.Browser;

/// <summary>
/// The feed's filters in Chromium on a phone, where they fold away behind a button. Each chip moves the address
/// through an enhanced navigation that hands the live island its new query.
/// </summary>
public sealed class FeedFiltersBrowserTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task On_a_phone_the_filter_panel_stays_open_while_a_visitor_picks_one_language_after_another()
    {
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress, width: 390, height: 844);
        await visitor.Page.GotoAsync("/projects");
        await visitor.WaitForInteractiveAsync();
        var filtersButton = visitor.Page.Locator("button.dc-filters-button");
        await filtersButton.ClickAsync();
        await Expect(filtersButton).ToHaveAttributeAsync("aria-expanded", "true");

        // Each tap needs the panel still open from the one before, and lands on the feed the last address gave.
        foreach (var (language, address) in new[] { ("rust", "/projects?lang=rust"), ("go", "/projects?lang=rust&lang=go"), ("rust", "/projects?lang=go") })
        {
            await visitor.Page.Locator($"button[data-lang={language}]").ClickAsync();
            await visitor.WaitForAddressEndingAsync(address);
        }

        await visitor.Page.Locator("[data-testid=project-grid] article", new() { HasText = "Gopher Relay" }).WaitForAsync();
        await Expect(visitor.Page.Locator("button[data-lang=go]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(visitor.Page.Locator("button[data-lang=rust]")).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(filtersButton).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(visitor.Page.Locator("#feed-filters")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
        visitor.AssertNoProblems();
    }

    [Fact]
    public async Task Clearing_the_filters_empties_the_search_box_too()
    {
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await visitor.Page.GotoAsync("/projects");
        await visitor.WaitForInteractiveAsync();

        await visitor.Page.Locator("#feed-search").FillAsync("relay");
        await visitor.WaitForAddressEndingAsync("/projects?q=relay");
        await visitor.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync();
        await visitor.WaitForAddressEndingAsync("/projects");

        await Expect(visitor.Page.Locator("#feed-search")).ToHaveValueAsync("");
        visitor.AssertNoProblems();
    }
}
