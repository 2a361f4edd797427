using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DevConnect.Tests.Shared.Browser;

/// <summary>
/// A refused save is told beside the Save button, where the person is looking, and focus lands on the first field in
/// error: a keyboard user does not have to hunt for what went wrong, and what they typed is still there. Save is
/// pressed from the keyboard (focus, then Enter), as such a user does; a mouse click can also miss when a render
/// moves the button between press and release on a busy machine.
/// </summary>
public sealed class SaveErrorFocusTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task A_project_without_a_name_says_so_beside_Save_and_focuses_the_name()
    {
        await using var owner = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await owner.LogInAsync("lucas-martin");
        await owner.Page.GotoAsync("/projects/new");
        await owner.WaitForInteractiveAsync();

        await owner.Page.Locator("#project-summary").FillAsync("Tide tables for kayakers");
        await owner.Page.Locator("#project-website").FillAsync("not a website");
        await owner.Page.Locator("[data-testid=save-project]").PressAsync("Enter");

        var summary = owner.Page.Locator(".dc-editor-actions [data-testid=save-errors][role=alert]");
        await Assertions.Expect(summary).ToHaveTextAsync("2 fields need attention");
        // The name comes before the website on the page, so it is the one focused.
        await owner.Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'project-name'");
        Assert.Equal("true", await owner.Page.Locator("#project-name").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Tide tables for kayakers", await owner.Page.Locator("#project-summary").InputValueAsync());
        Assert.Equal("not a website", await owner.Page.Locator("#project-website").InputValueAsync());
        await owner.AssertAccessibleAsync();

        // Fixing the name leaves one refusal: the count follows and focus moves on to the website.
        await owner.Page.Locator("#project-name").FillAsync("Tide Tables");
        await owner.Page.Locator("[data-testid=save-project]").PressAsync("Enter");
        await Assertions.Expect(summary).ToHaveTextAsync("1 field needs attention");
        await owner.Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'project-website'");
        Assert.EndsWith("/projects/new", owner.Page.Url, StringComparison.Ordinal);
        owner.AssertNoProblems();
    }

    [Fact]
    public async Task A_profile_with_a_reserved_handle_and_a_broken_link_says_so_beside_Save_and_focuses_the_handle()
    {
        await using var member = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await member.LogInAsync("kwame-mensah");
        await member.Page.GotoAsync("/profile/edit");
        await member.WaitForInteractiveAsync();

        var links = await member.Page.Locator(".dc-link-row").CountAsync();
        await member.Page.Locator("[data-testid=add-link]").ClickAsync();
        var linkInput = member.Page.Locator($"#link-{links}-url");
        await linkInput.FillAsync("not a link");
        await member.Page.Locator("#profile-handle").FillAsync("admin");
        // Fields commit 150 ms after typing stops; the preview showing the handle (typed last) means both have.
        var previewHandle = member.Page.Locator("[data-testid=profile-preview] .dc-profile-handle");
        await Assertions.Expect(previewHandle).ToHaveTextAsync("@admin");
        await member.Page.Locator("[data-testid=save-profile]").PressAsync("Enter");

        var summary = member.Page.Locator(".dc-editor-actions [data-testid=save-errors][role=alert]");
        await Assertions.Expect(summary).ToHaveTextAsync("2 fields need attention");
        await member.Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'profile-handle'");
        Assert.Equal("admin", await member.Page.Locator("#profile-handle").InputValueAsync());
        Assert.Equal("not a link", await linkInput.InputValueAsync());
        await member.AssertAccessibleAsync();

        await member.Page.Locator("#profile-handle").FillAsync("kwame-mensah");
        await Assertions.Expect(previewHandle).ToHaveTextAsync("@kwame-mensah");
        await member.Page.Locator("[data-testid=save-profile]").PressAsync("Enter");
        await Assertions.Expect(summary).ToHaveTextAsync("1 field needs attention");
        await member.Page.WaitForFunctionAsync($"() => document.activeElement && document.activeElement.id === 'link-{links}-url'");
        Assert.Equal("true", await linkInput.GetAttributeAsync("aria-invalid"));
        Assert.Equal("not a link", await linkInput.InputValueAsync());
        // Brought into view (the page may scroll smoothly, so this waits for it to arrive).
        await member.Page.WaitForFunctionAsync(
            "() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }");
        member.AssertNoProblems();
    }
}
