using System.Net;
using DevConnect.Domain.Accounts;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Shell;

/// <summary>
/// Behind a reverse proxy the app believes X-Forwarded-For and X-Forwarded-Proto only from the proxies it is
/// told about. Real sockets on 127.0.0.1: the test is the proxy, or a stranger claiming to be one.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Password = "a long enough passphrase";

    private static LiveAppFactory App(string knownProxy, int postsPerWindow = 10_000)
    {
        var app = new LiveAppFactory { AccountPostsPerWindow = postsPerWindow };
        app.Settings["ForwardedHeaders:KnownProxies:0"] = knownProxy;
        return app;
    }

    private static HttpClient Client(LiveAppFactory app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseAddress };

    /// <summary>Two login posts claiming two different client addresses; the second is refused when both count as one client.</summary>
    private static async Task<HttpStatusCode> SecondPostFromAnotherForwardedClientAsync(LiveAppFactory app)
    {
        using var client = Client(app);
        var form = (await HtmlForm.LoadAsync(client, "/Account/Login")).Set("Input.Email", "nobody@example.com").Set("Input.Password", "wrong password here");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.1");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await form.PostAsync(client)).StatusCode);
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.2");
        return (await form.PostAsync(client)).StatusCode;
    }

    /// <summary>Logs in with X-Forwarded-Proto: https and returns the sign-in cookie's Set-Cookie header.</summary>
    private static async Task<string> SignInCookieOverForwardedHttpsAsync(LiveAppFactory app)
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        await using (var scope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<RegistrationService>()
                .RegisterAsync(new RegistrationRequest(email, "Proxied Member", null, Password))).Succeeded);
        }

        using var client = Client(app);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.3");
        var response = await (await HtmlForm.LoadAsync(client, "/Account/Login"))
            .Set("Input.Email", email).Set("Input.Password", Password).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_address_are_ignored()
    {
        // The proxy is somewhere else; this connection comes from 127.0.0.1 and could claim anything.
        await using var app = App("192.0.2.10", postsPerWindow: 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, await SecondPostFromAnotherForwardedClientAsync(app));
    }

    [Fact]
    public async Task Forwarded_headers_from_a_configured_proxy_give_the_client_address()
    {
        await using var app = App("127.0.0.1", postsPerWindow: 1);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, await SecondPostFromAnotherForwardedClientAsync(app));
    }

    [Fact]
    public async Task Https_reported_by_a_configured_proxy_makes_the_sign_in_cookie_secure()
    {
        await using var app = App("127.0.0.1");

        Assert.Contains("secure", await SignInCookieOverForwardedHttpsAsync(app), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Https_claimed_by_an_unknown_address_does_not()
    {
        await using var app = App("192.0.2.10");

        Assert.DoesNotContain("secure", await SignInCookieOverForwardedHttpsAsync(app), StringComparison.OrdinalIgnoreCase);
    }
}
