using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Matching.Browser;

/// <summary>
/// A member's open /for-you page, and the home page's "For you" strip (a live island in a page without a circuit), in
/// Chromium: a project that fits arrives live with its reason, and "Not for me" removes it.
/// </summary>
public sealed class ForYouBrowserTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task A_newly_published_project_that_fits_appears_in_the_open_page_with_why_and_can_be_dismissed()
    {
        var ada = (await app.GetService<ProfileService>().GetPublicAsync("ada"))!.UserId;
        await using var member = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await member.LogInAsync("mei-tanaka");
        await member.Page.GotoAsync("/for-you");
        await member.WaitForInteractiveAsync();
        await member.Page.Locator("[data-testid=for-you-list]").WaitForAsync();
        await member.AssertAccessibleAsync();

        var published = await app.GetService<ProjectService>().CreateAsync(ada, new ProjectDraft
        {
            Name = "Drone Firmware Guild",
            Summary = "Flight controller firmware in Rust, written as a team",
            Tags = ["rust", "embedded"],
            Status = ProjectStatus.Recruiting,
            Roles = [new RoleDraft("backend", false)],
        });
        Assert.True(published.Succeeded);

        var card = member.Page.Locator($"[data-suggestion='{published.ProjectId}']");
        await card.WaitForAsync();
        Assert.Contains("You know Rust", await card.Locator("[data-testid=match-reason]").InnerTextAsync(), StringComparison.Ordinal);
        await member.Page.Locator("[data-testid=for-you-new]").WaitForAsync();

        await card.Locator("[data-testid=dismiss-suggestion]").ClickAsync();
        await card.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await member.Page.ReloadAsync();
        await member.WaitForInteractiveAsync();
        await member.Page.Locator("[data-testid=for-you-list]").WaitForAsync();
        Assert.Equal(0, await member.Page.Locator($"[data-suggestion='{published.ProjectId}']").CountAsync());
        member.AssertNoProblems();
    }

    [Fact]
    public async Task On_the_home_page_a_project_that_fits_arrives_in_the_for_you_strip_and_not_for_me_removes_it_with_a_confirmation()
    {
        var ada = (await app.GetService<ProfileService>().GetPublicAsync("ada"))!.UserId;
        await using var member = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await member.LogInAsync("mei-tanaka");
        await member.Page.GotoAsync("/");
        var strip = member.Page.Locator("[data-testid=home-for-you][data-island][data-interactive=true]");
        await strip.WaitForAsync();
        await member.AssertAccessibleAsync();
        await member.Page.EvaluateAsync("window.__noReload = true");

        var published = await app.GetService<ProjectService>().CreateAsync(ada, new ProjectDraft
        {
            Name = "Tidal Sensor Mesh",
            Summary = "Rust firmware for tide sensors along the coast",
            // Everything Mei knows, so that it ranks among the strip's three.
            Tags = ["rust", "embedded", "wasm", "c"],
            Status = ProjectStatus.Recruiting,
            Roles = [new RoleDraft("backend", false)],
        });
        Assert.True(published.Succeeded);

        var card = strip.Locator($"[data-suggestion='{published.ProjectId}']");
        await card.WaitForAsync();
        await strip.Locator("[data-testid=for-you-new]").WaitForAsync();
        await card.Locator("[data-testid=dismiss-suggestion]").ClickAsync();

        await card.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await member.Page.Locator(".mud-snackbar", new() { HasText = "We will not suggest Tidal Sensor Mesh again." }).WaitForAsync();
        Assert.True(await member.Page.EvaluateAsync<bool>("window.__noReload === true"), "the home page reloaded");
        member.AssertNoProblems();
    }
}
