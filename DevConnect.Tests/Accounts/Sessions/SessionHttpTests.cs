using System.Net;
using System.Text.RegularExpressions;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Accounts.Sessions;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Accounts.Sessions;

/// <summary>
/// Sessions over real HTTP: a cookie is worth what its server-side session is worth, so logging out, a password
/// change and "sign out this device" end it for whoever holds a copy.
/// </summary>
public sealed partial class SessionHttpTests(DevConnectAppFactory app) : IClassFixture<DevConnectAppFactory>
{
    private const string Password = "a long enough passphrase";
    private const string CookieName = ".AspNetCore.Identity.Application";
    private const string Firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private const string Chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    private async Task<string> NewMemberAsync()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        await using var scope = app.GetService<IServiceScopeFactory>().CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RegistrationService>()
            .RegisterAsync(new RegistrationRequest(email, "Session Tester", null, Password));
        Assert.True(result.Succeeded);
        return email;
    }

    /// <summary>A browser signed in as <paramref name="email"/>, and the sign-in cookie it was given.</summary>
    private async Task<(HttpClient Browser, string Cookie)> SignInAsync(string email, string userAgent = Firefox)
    {
        var browser = app.CreateBrowserLikeClient();
        browser.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var response = await (await HtmlForm.LoadAsync(browser, "/Account/Login"))
            .Set("Input.Email", email).Set("Input.Password", Password).PostAsync(browser);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (browser, SignInCookie(response)!);
    }

    private static string? SignInCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).LastOrDefault(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal) && c.Length > CookieName.Length + 1)
            : null;

    /// <summary>Another machine that replays a copied cookie.</summary>
    private HttpClient Replaying(string cookie)
    {
        var thief = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        return thief;
    }

    private static async Task<bool> IsSignedInAsync(HttpClient client) =>
        (await client.GetAsync("/Account/Manage")).StatusCode == HttpStatusCode.OK;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [Fact]
    public async Task A_cookie_copied_before_logging_out_opens_nothing_after_it()
    {
        var (browser, cookie) = await SignInAsync(await NewMemberAsync());
        var thief = Replaying(cookie);
        Assert.True(await IsSignedInAsync(thief), "the copied cookie should work while the session lasts");

        var token = AntiforgeryField().Match(await browser.GetStringAsync("/Account/Manage")).Groups[1].Value;
        var loggedOut = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["returnUrl"] = "",
        }));

        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        var replayed = await thief.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/Account/Login", replayed.Headers.Location!.AbsolutePath);
        Assert.DoesNotContain("data-testid=\"user-menu\"", await thief.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_in_as_someone_else_over_a_live_session_never_lands_in_the_first_account()
    {
        var first = await NewMemberAsync();
        var second = await NewMemberAsync();
        var (browser, firstCookie) = await SignInAsync(first);

        var overIt = await (await HtmlForm.LoadAsync(browser, "/Account/Login"))
            .Set("Input.Email", second).Set("Input.Password", Password).PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, overIt.StatusCode);
        Assert.False(await IsSignedInAsync(Replaying(firstCookie)), "the first member's session ends, copies of its cookie included");
        Assert.False(await IsSignedInAsync(browser), "the browser is not left in the first member's account");
        // Signing in again starts a session of the second member's own.
        await (await HtmlForm.LoadAsync(browser, "/Account/Login")).Set("Input.Email", second).Set("Input.Password", Password).PostAsync(browser);
        var manage = await browser.GetStringAsync("/Account/Manage");
        Assert.Contains(second, manage, StringComparison.Ordinal);
        Assert.DoesNotContain(first, manage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_signs_out_every_other_browser_but_not_the_one_that_changed_it()
    {
        var email = await NewMemberAsync();
        var (mine, myCookie) = await SignInAsync(email);
        var (other, _) = await SignInAsync(email, Chrome);
        Assert.True(await IsSignedInAsync(other));

        var changed = await (await HtmlForm.LoadAsync(mine, "/Account/Manage/ChangePassword", "change-password"))
            .Set("Input.OldPassword", Password).Set("Input.NewPassword", "another long passphrase").PostAsync(mine);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.True(await IsSignedInAsync(mine));
        Assert.False(await IsSignedInAsync(other));
        // This browser's session was renewed in place with the new stamp, so its cookie goes on working.
        Assert.True(await IsSignedInAsync(Replaying(myCookie)));
    }

    [Fact]
    public async Task The_devices_page_lists_both_browsers_and_ending_one_signs_it_out()
    {
        var email = await NewMemberAsync();
        var (mine, _) = await SignInAsync(email, Firefox);
        var (other, _) = await SignInAsync(email, Chrome);

        var page = await mine.GetStringAsync("/Account/Manage/Sessions");

        Assert.Equal(2, Regex.Matches(page, "data-testid=\"session\"").Count);
        Assert.Contains("Firefox on Windows", page, StringComparison.Ordinal);
        Assert.Contains("Chrome on Linux", page, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(page, "This device"));
        var otherId = Assert.Single(Regex.Matches(page, "name=\"SessionId\" value=\"([^\"]+)\"")).Groups[1].Value;

        var ended = await HtmlForm.Parse(page, "/Account/Manage/Sessions", "end-session").Set("SessionId", otherId).PostAsync(mine);

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var after = await mine.GetStringAsync("/Account/Manage/Sessions");
        Assert.Single(Regex.Matches(after, "data-testid=\"session\""));
        Assert.Contains("That device is signed out.", after, StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(other));
        Assert.True(await IsSignedInAsync(mine));
    }

    [Fact]
    public async Task Signing_out_all_other_devices_keeps_only_this_one()
    {
        var email = await NewMemberAsync();
        var (mine, _) = await SignInAsync(email);
        var (second, _) = await SignInAsync(email, Chrome);
        var (third, _) = await SignInAsync(email, Chrome);

        var page = await mine.GetStringAsync("/Account/Manage/Sessions");
        var ended = await HtmlForm.Parse(page, "/Account/Manage/Sessions", "end-others").PostAsync(mine);

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("Signed out of 2 other device(s).", await mine.GetStringAsync("/Account/Manage/Sessions"), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(second));
        Assert.False(await IsSignedInAsync(third));
        Assert.True(await IsSignedInAsync(mine));
    }

    [Fact]
    public async Task Another_members_session_id_posted_to_my_devices_page_ends_nothing()
    {
        var victimEmail = await NewMemberAsync();
        var (_, victimCookie) = await SignInAsync(victimEmail);
        var (attacker, _) = await SignInAsync(await NewMemberAsync());
        var victimSessionId = Assert.Single(await SessionsOfAsync(victimEmail)).Id;

        var page = await attacker.GetStringAsync("/Account/Manage/Sessions");
        var response = await HtmlForm.Parse(page, "/Account/Manage/Sessions", "end-session").Set("SessionId", victimSessionId).PostAsync(attacker);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("That device was already signed out.", await attacker.GetStringAsync("/Account/Manage/Sessions"), StringComparison.Ordinal);
        Assert.True(await IsSignedInAsync(Replaying(victimCookie)));
    }

    private async Task<IReadOnlyList<SessionSummary>> SessionsOfAsync(string email)
    {
        await using var scope = app.GetService<IServiceScopeFactory>().CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<DevConnectUser>>().FindByEmailAsync(email);
        return await app.GetService<UserSessionService>().ListAsync(user!.Id);
    }
}
