using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DevConnect.Tests.Profiles.Browser;

/// <summary>
/// The people directory's filters in Chromium on a phone: a static page whose filters are one island. Each choice
/// moves the address, and the page's results follow it.
/// </summary>
public sealed class PeopleFiltersBrowserTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task A_visitor_narrows_the_directory_by_skill_availability_and_name_then_clears_it()
    {
        var open = await app.GetService<SharedPeopleReads>().SearchAsync(new PeopleQuery { Skills = ["rust"], OpenToCollaborateOnly = true });
        var someone = open.Items[0].DisplayName.Split(' ')[0];
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress, width: 390, height: 844);
        await visitor.Page.GotoAsync("/people");
        await visitor.WaitForInteractiveAsync();
        var filtersButton = visitor.Page.Locator("button.dc-filters-button");
        await filtersButton.ClickAsync();
        await Expect(filtersButton).ToHaveAttributeAsync("aria-expanded", "true");

        var clear = visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Clear filters" });
        await Expect(clear).ToHaveCountAsync(0);

        // Two choices in a row, the second before the first one's page came back: both hold.
        var openOnly = visitor.Page.GetByRole(AriaRole.Switch, new() { Name = "Open to collaborate only" });
        await visitor.Page.Locator("button[data-lang=rust]").ClickAsync();
        await openOnly.ClickAsync();
        await visitor.WaitForAddressEndingAsync("/people?lang=rust&open=true");
        await Expect(visitor.Page.Locator("button[data-lang=rust]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(openOnly).ToBeCheckedAsync();
        var cards = visitor.Page.Locator("[data-testid=people-grid] .dc-profile-card-name");
        await Expect(cards).ToHaveTextAsync(open.Items.Select(p => p.DisplayName).ToArray());

        // Typing searches after a pause, not at every key.
        await visitor.Page.Locator("#people-search").FillAsync(someone);
        await visitor.WaitForAddressEndingAsync($"/people?lang=rust&open=true&q={someone}");
        await Expect(cards.Filter(new() { HasText = someone }).First).ToBeVisibleAsync();

        await clear.ClickAsync();
        await visitor.WaitForAddressEndingAsync("/people");
        await Expect(clear).ToHaveCountAsync(0);
        await Expect(cards).ToHaveCountAsync((await app.GetService<SharedPeopleReads>().SearchAsync(new PeopleQuery())).Items.Count);
        await visitor.AssertAccessibleAsync();
        visitor.AssertNoProblems();
    }
}
