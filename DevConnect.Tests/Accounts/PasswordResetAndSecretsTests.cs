using System.Net;
using DevConnect.Domain.Accounts;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Accounts;

public sealed class PasswordResetAndSecretsTests(DevConnectAppFactory app) : IClassFixture<DevConnectAppFactory>
{
    private const string OldPassword = "the original passphrase";
    private const string NewPassword = "a brand new passphrase";

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link_and_no_secret_reaches_the_logs()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        await using (var scope = app.GetService<IServiceScopeFactory>().CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RegistrationService>()
                .RegisterAsync(new RegistrationRequest(email, "Forgetful Person", null, OldPassword));
        }

        var client = app.CreateBrowserLikeClient();
        await (await HtmlForm.LoadAsync(client, "/Account/ForgotPassword")).Set("Input.Email", email).PostAsync(client);
        var resetLink = new Uri(DevConnectAppFactory.FirstLink(await app.WaitForEmailAsync(email)));
        var reset = await (await HtmlForm.LoadAsync(client, resetLink.PathAndQuery))
            .Set("Input.Email", email).Set("Input.Password", NewPassword).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        var oldLogin = await (await HtmlForm.LoadAsync(client, "/Account/Login")).Set("Input.Email", email).Set("Input.Password", OldPassword).PostAsync(client);
        var newLogin = await (await HtmlForm.LoadAsync(client, "/Account/Login")).Set("Input.Email", email).Set("Input.Password", NewPassword).PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, oldLogin.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newLogin.StatusCode);
        var token = System.Web.HttpUtility.ParseQueryString(resetLink.Query)["code"]!;
        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain(app.Logs.Lines, line =>
            line.Contains(OldPassword, StringComparison.Ordinal) || line.Contains(NewPassword, StringComparison.Ordinal) || line.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        await using (var scope = app.GetService<IServiceScopeFactory>().CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RegistrationService>()
                .RegisterAsync(new RegistrationRequest(email, "Cookie Person", null, OldPassword));
        }

        var client = app.CreateBrowserLikeClient();
        var login = await (await HtmlForm.LoadAsync(client, "/Account/Login")).Set("Input.Email", email).Set("Input.Password", OldPassword).PostAsync(client);

        var authCookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Contains("httponly", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", authCookie, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class ProductionHostingTests
{
    [Fact]
    public async Task Outside_development_plain_http_is_redirected_to_https_and_no_demo_data_is_seeded()
    {
        await using var app = new DevConnectAppFactory { Environment = "Production", HttpsPort = 443 };
        var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location!.Scheme);
        // HSTS is never sent to localhost, so ask as the public host would be asked.
        var secure = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://devconnect.example") });
        var page = await secure.GetAsync("/people");
        Assert.Contains("max-age=", string.Join(' ', page.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.Contains("0 developers", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
