using DevConnect.Domain.Accounts;
using DevConnect.Domain.Accounts.Sessions;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DevConnect.Tests.Accounts.Browser;

/// <summary>
/// An open tab is a circuit that authenticated once; it must still notice when its session is ended elsewhere.
/// The app re-checks every Sessions:ValidationInterval (1 minute); this host uses 2 seconds so nobody waits.
/// </summary>
public sealed class SessionRevocationTests(BrowserFixture browser, SessionRevocationTests.QuickRecheckApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<SessionRevocationTests.QuickRecheckApp>
{
    public sealed class QuickRecheckApp : LiveAppFactory
    {
        public QuickRecheckApp() => Settings["Sessions:ValidationInterval"] = "00:00:02";
    }

    // The home page and the feed are static pages around islands: the bell's island notices there, not a layout.
    [Theory]
    [InlineData("/")]
    [InlineData("/projects")]
    public async Task An_open_tab_is_signed_out_when_its_session_is_ended_from_another_device(string path)
    {
        const string password = "a long enough passphrase";
        var email = $"{Guid.NewGuid():N}@example.com";
        string userId;
        await using (var scope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
        {
            var registered = await scope.ServiceProvider.GetRequiredService<RegistrationService>()
                .RegisterAsync(new RegistrationRequest(email, "Open Tab", null, password));
            userId = registered.User!.Id;
        }

        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        var page = tab.Page;
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await page.GotoAsync(path);
        await tab.WaitForInteractiveAsync();
        await page.Locator("[data-testid=user-menu]").WaitForAsync();

        // What "Sign out" on the devices page of another browser does.
        var sessions = app.Services.GetRequiredService<UserSessionService>();
        var session = Assert.Single(await sessions.ListAsync(userId));
        Assert.True(await sessions.EndAsync(userId, session.Id));

        // No reload: the open circuit finds out by itself.
        await page.Locator("[data-testid=user-menu]").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 30_000 });
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Log in" }).First.IsVisibleAsync());
        tab.AssertNoProblems();
    }
}
