using System.Net;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell;

/// <summary>What any visitor's HTTP client sees of the shell: prerendered pages, headers, assets, errors.</summary>
public sealed class ShellHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task The_home_page_is_prerendered_with_the_pitch_and_the_newest_members()
    {
        var response = await app.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Find your team. Build something real.", html, StringComparison.Ordinal);
        Assert.Contains("Rafael Costa", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/projects", "Projects · DevConnect")]
    [InlineData("/u/ada", "Ada Okafor (@ada) · DevConnect")]
    [InlineData("/Account/Login", "Log in · DevConnect")]
    public async Task Each_page_has_exactly_one_title_of_its_own(string path, string title)
    {
        var html = await app.CreateClient().GetStringAsync(path);

        Assert.Equal([title], System.Text.RegularExpressions.Regex.Matches(html, "<title>([^<]*)</title>").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task Health_reports_healthy_when_the_database_answers()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_for_the_policy_to_block()
    {
        var html = await app.CreateClient().GetStringAsync("/");

        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script(?<attrs>[^>]*)>(?<body>.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s =>
        {
            Assert.Contains("src=", s.Groups["attrs"].Value, StringComparison.Ordinal);
            Assert.True(string.IsNullOrWhiteSpace(s.Groups["body"].Value), "inline script body: " + s.Groups["body"].Value);
        });
    }

    [Theory]
    [InlineData("css/app.css", "text/css")]
    [InlineData("img/logo.svg", "image/svg+xml")]
    [InlineData("img/avatars/ada.svg", "image/svg+xml")]
    [InlineData("_content/MudBlazor/MudBlazor.min.css", "text/css")]
    public async Task Static_files_from_the_top_level_assets_folder_are_served(string path, string contentType)
    {
        var response = await app.CreateClient().GetAsync("/" + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task The_stylesheet_link_in_the_page_resolves_to_the_fingerprinted_file()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/");
        var href = System.Text.RegularExpressions.Regex.Match(html, "href=\"(css/app\\.[a-z0-9]+\\.css)\"").Groups[1].Value;

        Assert.NotEmpty(href);
        var css = await client.GetStringAsync("/" + href);
        Assert.Contains(".dc-hero", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_with_a_friendly_page()
    {
        var response = await app.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_profile_is_prerendered_and_an_unknown_handle_is_a_404()
    {
        var client = app.CreateClient();

        var found = await client.GetAsync("/u/ada");
        var missing = await client.GetAsync("/u/nobody-by-that-name");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var html = await found.Content.ReadAsStringAsync();
        Assert.Contains("Ada Okafor", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@demo.devconnect.local", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_french_browser_gets_the_french_interface()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");

        var html = await (await app.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Contains("Trouvez votre équipe.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_a_language_is_remembered_and_only_redirects_within_the_site()
    {
        var client = app.CreateBrowserLikeClient();

        var chosen = await client.GetAsync("/preferences/culture?culture=fr&returnUrl=https://evil.example/");
        var home = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/", chosen.Headers.Location!.OriginalString);
        Assert.Contains("Trouvez votre équipe.", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_dark_mode_is_remembered()
    {
        var client = app.CreateBrowserLikeClient();

        await client.GetAsync("/preferences/theme?mode=dark&returnUrl=/people");
        var html = await client.GetStringAsync("/people");

        Assert.Contains("<body class=\"dc-dark\"", html, StringComparison.Ordinal);
        Assert.Contains("Switch to light mode", html, StringComparison.Ordinal);
    }
}

public sealed class RateLimitTests
{
    [Fact]
    public async Task Too_many_login_posts_from_one_address_get_a_friendly_429()
    {
        await using var app = new DevConnectAppFactory { AccountPostsPerWindow = 3 };
        var client = app.CreateBrowserLikeClient();
        var form = await HtmlForm.LoadAsync(client, "/Account/Login");
        form.Set("Input.Email", "someone@example.com").Set("Input.Password", "not the password");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = default!;
        for (var i = 0; i < 4; i++)
        {
            last = await form.PostAsync(client);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Too many attempts", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(last.Headers.RetryAfter is not null);
        // Browsing is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }
}
