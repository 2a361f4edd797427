using System.Net;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Accounts;

/// <summary>The account pages over real HTTP: real form posts with antiforgery, cookies and redirects.</summary>
public sealed class AccountFormTests(DevConnectAppFactory app) : IClassFixture<DevConnectAppFactory>
{
    private const string GoodPassword = "a long enough passphrase";

    private static HtmlForm RegisterForm(HtmlForm form, string email, string name, string password, string handle = "") =>
        form.Set("Input.Email", email).Set("Input.DisplayName", name).Set("Input.Handle", handle).Set("Input.Password", password);

    private static string PathOf(HttpResponseMessage redirect) =>
        new Uri(new Uri("http://localhost/"), redirect.Headers.Location!).AbsolutePath;

    private async Task<int> UserCount()
    {
        await using var db = await app.GetService<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        return await db.Users.CountAsync();
    }

    [Fact]
    public async Task A_new_user_registers_confirms_by_email_logs_in_and_sees_their_name()
    {
        var client = app.CreateBrowserLikeClient();
        var email = $"{Guid.NewGuid():N}@example.com";

        var registered = await RegisterForm(await HtmlForm.LoadAsync(client, "/Account/Register"), email, "Grace Hopper", GoodPassword).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/Account/RegisterConfirmation", PathOf(registered));

        var confirmLink = new Uri(DevConnectAppFactory.FirstLink(await app.WaitForEmailAsync(email)));
        var confirmed = await client.GetStringAsync(confirmLink.PathAndQuery);
        Assert.Contains("your email is confirmed", confirmed, StringComparison.Ordinal);

        var login = (await HtmlForm.LoadAsync(client, "/Account/Login")).Set("Input.Email", email).Set("Input.Password", GoodPassword);
        var loggedIn = await login.PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);

        var home = await client.GetStringAsync("/");
        Assert.Contains("Grace Hopper", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"user-menu\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"Account/Login\"", home, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> BadRegistrations => new()
    {
        { "not-an-email", "Valid Name", GoodPassword, "Enter a valid email address" },
        { "nine@example.com", "Valid Name", "ninechars", "Use at least 10 characters" },
        { "taken@example.com", "Valid Name", GoodPassword, "An account with this email already exists" },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task A_bad_registration_returns_the_form_with_the_error_at_the_field_and_creates_no_user(
        string email, string name, string password, string expectedMessage)
    {
        await app.GetService<IServiceScopeFactory>().CreateAsyncScope().ServiceProvider
            .GetRequiredService<RegistrationService>()
            .RegisterAsync(new RegistrationRequest("taken@example.com", "Already Here", null, GoodPassword));
        var client = app.CreateBrowserLikeClient();
        var before = await UserCount();

        var response = await RegisterForm(await HtmlForm.LoadAsync(client, "/Account/Register"), email, name, password).PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var message = System.Text.RegularExpressions.Regex.Match(html, "<div class=\"dc-field-error\">([^<]*)</div>");
        Assert.True(message.Success, "no field error rendered");
        Assert.StartsWith(expectedMessage, message.Groups[1].Value, StringComparison.Ordinal);
        Assert.Equal(before, await UserCount());
        // What was typed is kept (except the password), so the user only fixes the field in error.
        Assert.Contains($"value=\"{email}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        await app.GetService<IServiceScopeFactory>().CreateAsyncScope().ServiceProvider
            .GetRequiredService<RegistrationService>()
            .RegisterAsync(new RegistrationRequest(email, "Locked Out", null, GoodPassword));
        var client = app.CreateBrowserLikeClient();

        for (var attempt = 1; attempt <= AccountPolicy.MaxFailedAttempts; attempt++)
        {
            var wrong = await (await HtmlForm.LoadAsync(client, "/Account/Login"))
                .Set("Input.Email", email).Set("Input.Password", $"wrong password {attempt}").PostAsync(client);
            if (attempt < AccountPolicy.MaxFailedAttempts)
            {
                Assert.Contains("The email or password is not correct.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        var right = await (await HtmlForm.LoadAsync(client, "/Account/Login"))
            .Set("Input.Email", email).Set("Input.Password", GoodPassword).PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/Account/Lockout", PathOf(right));
        await using var scope = app.GetService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DevConnectUser>>();
        var lockoutEnd = await users.GetLockoutEndDateAsync((await users.FindByEmailAsync(email))!);
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task The_forgot_password_page_gives_the_same_answer_for_unknown_emails()
    {
        var client = app.CreateBrowserLikeClient();

        var response = await (await HtmlForm.LoadAsync(client, "/Account/ForgotPassword"))
            .Set("Input.Email", "nobody-here@example.com").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/ForgotPasswordConfirmation", PathOf(response));
    }

    [Fact]
    public async Task Logging_out_without_the_antiforgery_token_is_refused()
    {
        var client = app.CreateBrowserLikeClient();

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["ReturnUrl"] = "" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signed_in_pages_send_anonymous_visitors_to_log_in()
    {
        var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", PathOf(response));
    }
}
