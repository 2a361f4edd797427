using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DevConnect.Tests.Accounts.Browser;

/// <summary>A person in a real Chromium, against the app on a real loopback port.</summary>
public sealed class AccountJourneyTests(BrowserFixture browser, LiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<LiveAppFactory>
{
    [Fact]
    public async Task A_newcomer_registers_confirms_logs_in_switches_to_french_and_dark_mode_and_logs_out()
    {
        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        var page = tab.Page;
        var email = $"{Guid.NewGuid():N}@example.com";

        await page.GotoAsync("/");
        await tab.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign up" }).First.ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Create your account" }).WaitForAsync();
        await tab.AssertAccessibleAsync();
        await page.GetByLabel("Display name").FillAsync("Margaret Hamilton");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("apollo guidance computer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" }).WaitForAsync();
        await tab.AssertAccessibleAsync();

        await page.GotoAsync(DevConnectAppFactory.FirstLink(await app.WaitForEmailAsync(email)));
        await page.GetByText("your email is confirmed").WaitForAsync();
        await tab.AssertAccessibleAsync();

        await page.GotoAsync("/Account/Login");
        await tab.AssertAccessibleAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("apollo guidance computer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await page.WaitForURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await tab.WaitForInteractiveAsync();
        Assert.Contains("Margaret Hamilton", await page.Locator("[data-testid=user-menu]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Trouvez votre équipe." }).WaitForAsync();
        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Passer en mode sombre" }).ClickAsync();
        await page.Locator("body.dc-dark").WaitForAsync();
        await tab.WaitForInteractiveAsync();
        await tab.AssertAccessibleAsync();

        // The home page is rendered without a circuit: its user menu is a <details> disclosure.
        await page.Locator("[data-testid=user-menu] summary").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Déconnexion" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Connexion" }).First.WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=user-menu]").CountAsync());
        tab.AssertNoProblems();
    }

    [Fact]
    public async Task Keyboard_users_can_skip_to_the_content_and_reach_every_account_field()
    {
        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        var page = tab.Page;

        await page.GotoAsync("/Account/Login");
        // A first load starts at the top of the document like any page (the heading is focused only after a move
        // inside the app), so the first Tab stop is the skip link.
        Assert.Equal("BODY", await page.EvaluateAsync<string>("document.activeElement.tagName"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));

        var reached = new List<string>();
        for (var i = 0; i < 12 && reached.Count < 3; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var id = await page.EvaluateAsync<string>("document.activeElement.id");
            if (id is "login-email" or "login-password" or "login-remember")
            {
                reached.Add(id);
            }
        }

        Assert.Equal(["login-email", "login-password", "login-remember"], reached);
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);

        // Going back up from the top of the page reaches the skip link, which shows itself and jumps to the content.
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        for (var i = 0; i < 30 && !await skip.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
        }

        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"), "the skip link is reachable by keyboard");
        Assert.True((await skip.BoundingBoxAsync())!.Y >= 0, "the focused skip link is on screen");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/Account/Login#main", StringComparison.Ordinal));
        await tab.AssertAccessibleAsync();
        tab.AssertNoProblems();
    }

    [Fact]
    public async Task On_a_phone_the_navigation_opens_from_the_menu_button()
    {
        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress, width: 390, height: 844);
        var page = tab.Page;

        // The home page has no circuit: its menu button opens a disclosure.
        await page.GotoAsync("/");
        await page.Locator("details.dc-static-nav summary[aria-label='Open navigation']").ClickAsync();
        await page.Locator(".dc-static-nav-panel").GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "People", Level = 1 }).WaitForAsync();
        await tab.AssertAccessibleAsync();

        // An interactive page (the opportunities board) opens the drawer.
        await page.GotoAsync("/opportunities");
        await tab.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open navigation" }).ClickAsync();
        await page.Locator(".mud-drawer").GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Projects", Level = 1 }).WaitForAsync();
        await tab.AssertAccessibleAsync();
        tab.AssertNoProblems();
    }
}
