using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DevConnect.Tests.Profiles.Browser;

/// <summary>A member edits their profile with a live preview; a visitor's open profile page follows the save.</summary>
public sealed class ProfileLiveTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{

    [Fact]
    public async Task Edits_show_in_the_preview_before_saving_and_on_a_visitors_page_after()
    {
        await using var member = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await visitor.Page.GotoAsync("/u/grace-kim");
        await visitor.WaitForInteractiveAsync();
        await visitor.Page.EvaluateAsync("window.__noReload = true");

        await member.LogInAsync("grace-kim");
        await member.Page.GotoAsync("/profile/edit");
        await member.WaitForInteractiveAsync();
        await member.AssertAccessibleAsync();
        var preview = member.Page.Locator("[data-testid=profile-preview]");

        await member.Page.Locator("#profile-headline").FillAsync("Rails developer, now pairing on open source");
        await member.Page.Locator("#profile-bio").FillAsync("Learning **in a team** beats learning alone.");
        var links = await member.Page.Locator(".dc-link-row").CountAsync();
        await member.Page.Locator("[data-testid=add-link]").ClickAsync();
        var newLink = member.Page.Locator(".dc-link-row").Nth(links);
        await newLink.WaitForAsync();
        await newLink.Locator("input[type=url]").FillAsync("https://gitlab.com/grace-kim");
        // The kind follows the pasted address.
        await Microsoft.Playwright.Assertions.Expect(newLink.Locator("div.mud-select").First).ToHaveTextAsync("GitLab");

        await preview.Locator("[data-testid=profile-headline]", new() { HasText = "Rails developer, now pairing on open source" }).WaitForAsync();
        await preview.Locator("[data-testid=profile-bio] strong", new() { HasText = "in a team" }).WaitForAsync();
        await preview.Locator("[data-testid=profile-links] a[href='https://gitlab.com/grace-kim']").WaitForAsync();
        Assert.Equal("Career changer, first year in Ruby on Rails", await visitor.Page.Locator("[data-testid=profile-headline]").InnerTextAsync());

        await member.Page.Locator("[data-testid=save-profile]").ClickAsync();
        await member.Page.GetByText("Profile saved.").WaitForAsync();

        await visitor.Page.Locator("[data-testid=profile-headline]", new() { HasText = "Rails developer, now pairing on open source" }).WaitForAsync();
        await visitor.Page.Locator("[data-testid=profile-updated-banner]").WaitForAsync();
        Assert.True(await visitor.Page.EvaluateAsync<bool>("window.__noReload === true"), "the visitor's page reloaded");
        await visitor.AssertAccessibleAsync();
        member.AssertNoProblems();
        visitor.AssertNoProblems();
    }

    [Fact]
    public async Task The_longest_allowed_bio_goes_through_the_circuit_and_is_saved()
    {
        await using var member = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await member.LogInAsync("ethan-walker");
        await member.Page.GotoAsync("/profile/edit");
        await member.WaitForInteractiveAsync();
        // 4,000 three-byte characters: 12 KB of UTF-8 in one input event, well under the hub's 32 KB limit.
        var bio = string.Concat(Enumerable.Repeat("€uro ", 800));

        await member.Page.Locator("#profile-bio").FillAsync(bio);
        await member.Page.Locator("[data-testid=profile-preview] [data-testid=profile-bio]", new() { HasText = "€uro €uro" }).WaitForAsync();
        await member.Page.Locator("[data-testid=save-profile]").ClickAsync();
        await member.Page.GetByText("Profile saved.").WaitForAsync();

        await member.Page.GotoAsync("/u/ethan-walker");
        var shown = await member.Page.Locator("[data-testid=profile-bio]").InnerTextAsync();
        Assert.Equal(bio.Trim(), shown.Trim());
        member.AssertNoProblems();
    }

    [Fact]
    public async Task Leaving_the_editor_with_unsaved_changes_asks_first()
    {
        await using var member = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await member.LogInAsync("kwame-mensah");
        await member.Page.GotoAsync("/profile/edit");
        await member.WaitForInteractiveAsync();

        await member.Page.Locator("#profile-headline").FillAsync("Not saved yet");
        await member.Page.Locator("[data-testid=unsaved]").WaitForAsync();
        await member.Page.Locator(".dc-appbar-nav").GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();

        await member.Page.GetByText("Your changes are not saved yet").WaitForAsync();
        await member.AssertAccessibleAsync();
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Stay" }).ClickAsync();
        Assert.EndsWith("/profile/edit", member.Page.Url, StringComparison.Ordinal);
        Assert.Equal("Not saved yet", await member.Page.Locator("#profile-headline").InputValueAsync());
        member.AssertNoProblems();
    }

    [Fact]
    public async Task The_people_directory_filters_by_language_from_its_chips()
    {
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await visitor.Page.GotoAsync("/people");
        await visitor.WaitForInteractiveAsync();

        // Under a loaded CI machine the first click can land just before the circuit wires the chip's handler;
        // a person would click again, and so does the test (at most three times).
        for (var attempt = 0; attempt < 3 && !visitor.Page.Url.EndsWith("/people?lang=kotlin", StringComparison.Ordinal); attempt++)
        {
            await visitor.Page.Locator("button[data-lang=kotlin]").ClickAsync();
            try
            {
                await visitor.Page.WaitForURLAsync(url => url.EndsWith("/people?lang=kotlin", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = Patience.Milliseconds });
            }
            catch (TimeoutException) when (attempt < 2)
            {
            }
        }

        await visitor.Page.GetByText("2 developers").WaitForAsync();
        var names = await visitor.Page.Locator("[data-testid=people-grid] .dc-profile-card-name").AllInnerTextsAsync();
        Assert.Equal(["Arjun Patel", "Omar Haddad"], names.Order());
        await visitor.AssertAccessibleAsync();
        visitor.AssertNoProblems();
    }
}
