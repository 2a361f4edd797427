using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell;

/// <summary>
/// What a first visitor downloads: every page and every stylesheet, script and picture it links comes compressed
/// (the fingerprinted MudBlazor files included), cached pages keep each browser's encoding apart, and a signed-in
/// member's pages are never compressed (BREACH, see PageCompression).
/// </summary>
public sealed partial class CompressionHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    /// <summary>What Chromium sends over HTTPS; over plain HTTP it leaves out br and zstd.</summary>
    private const string BrowserAcceptEncoding = "gzip, deflate, br, zstd";

    private const int MostBytesSentUncompressed = 1024;

    // Formats that are compressed already; every other type (HTML, CSS, JS, SVG, JSON) must be.
    private static readonly string[] _compressedFormats = ["image/png", "image/jpeg", "image/webp", "image/gif", "font/woff2"];

    [Theory]
    [InlineData("/")]
    [InlineData("/projects")]
    [InlineData("project page")]
    [InlineData("/people")]
    [InlineData("/u/ada")]
    [InlineData("/Account/Login")]
    public async Task A_public_page_and_every_file_it_links_arrive_compressed(string page)
    {
        var client = app.CreateClient();
        var path = page == "project page" ? await FirstProjectPathAsync(client) : page;

        var pageFetched = await GetAsync(client, path, BrowserAcceptEncoding);
        var offenders = new List<string>();
        CheckCompressed(path, pageFetched, offenders);
        var linked = LinkedFiles(pageFetched.Text).ToList();
        foreach (var file in linked)
        {
            var fetched = await GetAsync(client, file, BrowserAcceptEncoding);
            Assert.True(fetched.Response.IsSuccessStatusCode, $"{file} linked from {path}: {(int)fetched.Response.StatusCode}");
            CheckCompressed(file, fetched, offenders);
        }

        Assert.Contains(linked, f => f.Contains("MudBlazor.min.", StringComparison.Ordinal) && f.EndsWith(".css", StringComparison.Ordinal));
        Assert.True(offenders.Count == 0, $"sent uncompressed from {path}:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public async Task Over_https_a_browser_offering_brotli_gets_a_brotli_page()
    {
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost/") });

        var profile = await GetAsync(client, "/u/ada", BrowserAcceptEncoding);

        Assert.Equal(["br"], profile.Response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", profile.Response.Headers.Vary);
        Assert.Contains("Ada Okafor", profile.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_page_is_kept_once_per_encoding_so_each_browser_can_read_its_copy()
    {
        var client = app.CreateClient();

        var brotli = await GetAsync(client, "/?cache=encodings", "br");
        var gzip = await GetAsync(client, "/?cache=encodings", "gzip");
        var identity = await GetAsync(client, "/?cache=encodings", null);
        var gzipAgain = await GetAsync(client, "/?cache=encodings", "gzip, deflate");

        Assert.Equal(["br"], brotli.Response.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Response.Content.Headers.ContentEncoding);
        Assert.Empty(identity.Response.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzipAgain.Response.Content.Headers.ContentEncoding);
        Assert.NotNull(gzipAgain.Response.Headers.Age);
        Assert.All([brotli, gzip, identity], page => Assert.Contains("Find your team. Build something real.", page.Text, StringComparison.Ordinal));
        Assert.Equal(gzip.Text, gzipAgain.Text);
    }

    [Fact]
    public async Task A_signed_in_members_pages_are_sent_uncompressed()
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("ada");

        var feed = await GetAsync(client, "/projects?q=pantry", BrowserAcceptEncoding);

        Assert.Empty(feed.Response.Content.Headers.ContentEncoding);
        Assert.Contains("Open Pantry", feed.Text, StringComparison.Ordinal);
    }

    private static void CheckCompressed(string path, Fetched fetched, List<string> offenders)
    {
        var type = fetched.Response.Content.Headers.ContentType?.MediaType ?? "";
        if (fetched.SentBytes > MostBytesSentUncompressed
            && fetched.Response.Content.Headers.ContentEncoding.Count == 0
            && !_compressedFormats.Contains(type))
        {
            offenders.Add($"{path} ({type}, {fetched.SentBytes:N0} bytes)");
        }
    }

    private sealed record Fetched(HttpResponseMessage Response, int SentBytes, string Text);

    /// <summary>The response, how many bytes of body crossed the wire, and the body decoded to text.</summary>
    private static async Task<Fetched> GetAsync(HttpClient client, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await client.SendAsync(request);
        var sent = await response.Content.ReadAsByteArrayAsync();
        using var decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => (Stream)new BrotliStream(new MemoryStream(sent), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(sent), CompressionMode.Decompress),
            null => new MemoryStream(sent),
            var other => throw new InvalidOperationException($"{path}: unexpected Content-Encoding {other}"),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return new Fetched(response, sent.Length, await reader.ReadToEndAsync());
    }

    private static async Task<string> FirstProjectPathAsync(HttpClient client)
    {
        var feed = await GetAsync(client, "/projects", BrowserAcceptEncoding);
        var match = ProjectLink().Match(feed.Text);
        Assert.True(match.Success, "the feed links no project page");
        return "/" + match.Value;
    }

    /// <summary>Every same-site file a link, script or image points at (other sites and data: URLs are not ours).</summary>
    private static IEnumerable<string> LinkedFiles(string html) =>
        LinkedFile().Matches(html)
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value))
            .Where(url => !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains(':', StringComparison.Ordinal))
            .Select(url => "/" + url.TrimStart('/'))
            .Distinct();

    [GeneratedRegex(""""<(?:link[^>]*\shref|script[^>]*\ssrc|img[^>]*\ssrc)="(?<url>[^"#]+)"""")]
    private static partial Regex LinkedFile();

    [GeneratedRegex("""(?<=href=")projects/\d+/[a-z0-9-]+""")]
    private static partial Regex ProjectLink();
}
