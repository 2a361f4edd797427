using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell;

/// <summary>The theme's colours come from a stylesheet browsers keep, one per mode, not from CSS inside every page.</summary>
public sealed partial class ThemeStylesheetHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task Each_page_links_the_stylesheet_of_its_mode_instead_of_carrying_the_theme_inline()
    {
        var client = app.CreateBrowserLikeClient();
        var light = await client.GetStringAsync("/people");
        await client.GetAsync("/preferences/theme?mode=dark&returnUrl=/people");
        var dark = await client.GetStringAsync("/people");

        Assert.Matches(ThemeLink(), light);
        Assert.Equal("light", ThemeLink().Match(light).Groups["mode"].Value);
        Assert.Equal("dark", ThemeLink().Match(dark).Groups["mode"].Value);
        Assert.DoesNotContain("--mud-palette-primary", light, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_linked_stylesheet_holds_the_palette_and_may_be_kept_for_good()
    {
        var client = app.CreateClient();
        var lightHref = ThemeLink().Match(await client.GetStringAsync("/people")).Groups["href"].Value;

        var response = await client.GetAsync(lightHref);
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("--mud-palette-primary", css, StringComparison.Ordinal);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        var dark = await client.GetStringAsync(lightHref.Replace("light.css", "dark.css", StringComparison.Ordinal));
        Assert.NotEqual(css, dark);
    }

    [Fact]
    public async Task A_browser_that_accepts_gzip_gets_the_same_stylesheet_compressed()
    {
        var client = app.CreateClient();
        var href = ThemeLink().Match(await client.GetStringAsync("/people")).Groups["href"].Value;
        var plain = await client.GetStringAsync(href);

        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.True(compressed.Length < plain.Length / 3, $"{compressed.Length} bytes compressed, {plain.Length} plain");
        using var reader = new StreamReader(new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress));
        Assert.Equal(plain, await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task An_old_version_gets_todays_sheet_to_be_asked_again_and_an_unknown_mode_is_not_found()
    {
        var client = app.CreateClient();

        var old = await client.GetAsync("/theme/light.css?v=0000000000000000");
        var unknown = await client.GetAsync("/theme/sepia.css");

        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal("no-cache", old.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>theme/(?<mode>light|dark)\\.css\\?v=[0-9a-f]{16})\"")]
    private static partial Regex ThemeLink();
}
