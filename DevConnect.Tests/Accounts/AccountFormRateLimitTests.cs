using System.Net;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Accounts;

/// <summary>
/// Every account form has one budget of posts per client, whatever spelling of its address the posts use:
/// a trailing slash or other letter case reaches the same page, so it must reach the same limit.
/// </summary>
public sealed class AccountFormRateLimitTests(AccountFormRateLimitTests.LimitedApp app) : IClassFixture<AccountFormRateLimitTests.LimitedApp>
{
    public sealed class LimitedApp : DevConnectAppFactory
    {
        public LimitedApp() => AccountPostsPerWindow = 3;
    }

    public static TheoryData<string, string, string[]> Forms => new()
    {
        { "/Account/Login", "/Account/Login", ["/Account/Login/", "/account/login", "/ACCOUNT/LOGIN/"] },
        { "/Account/Register", "/Account/Register", ["/Account/Register/", "/account/register", "/Account/REGISTER/"] },
        { "/Account/ForgotPassword", "/Account/ForgotPassword", ["/Account/ForgotPassword/", "/account/forgotpassword", "/ACCOUNT/FORGOTPASSWORD/"] },
        { "/Account/ResetPassword?code=eA", "/Account/ResetPassword", ["/Account/ResetPassword/", "/account/resetpassword", "/Account/RESETPASSWORD/"] },
        { "/Account/ResendEmailConfirmation", "/Account/ResendEmailConfirmation", ["/Account/ResendEmailConfirmation/", "/account/resendemailconfirmation", "/ACCOUNT/ResendEmailConfirmation/"] },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Posts_to_every_spelling_of_a_form_address_share_one_limit(string page, string canonical, string[] variants)
    {
        // Each row is another form, with its own budget, so the rows share one app.
        var client = app.CreateBrowserLikeClient();
        var form = (await HtmlForm.LoadAsync(client, page))
            .Set("Input.Email", "someone@example.com").Set("Input.Password", "not the right password").Set("Input.DisplayName", "Some One");

        var statuses = new List<HttpStatusCode>();
        foreach (var url in variants)
        {
            statuses.Add((await form.PostAsync(client, url)).StatusCode);
        }

        var overTheLimit = await form.PostAsync(client, variants[0]);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, overTheLimit.StatusCode);
        Assert.Contains("Too many attempts", await overTheLimit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await form.PostAsync(client, canonical)).StatusCode);
        // Reading the page is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page.Replace(canonical, canonical + "/", StringComparison.Ordinal))).StatusCode);
    }
}
