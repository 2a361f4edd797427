using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Net.Http.Headers;
using MudBlazor;

namespace DevConnect.App.Components.Layout;

/// <summary>
/// The theme's CSS variables, 13 KB that MudThemeProvider wrote inline into every page (and built anew for each
/// request), served instead as two stylesheets (light and dark) that browsers keep: the address carries a hash of the
/// content, so a new theme is a new address. Each page is 13 KB lighter to render and send (a member's pages go out
/// uncompressed, see PageCompression), and the provider no longer throws on every static page when it is disposed (it stops a dark-mode
/// watcher through JavaScript, which a static page has none of). The sheets are rendered once per server, by the same
/// MudThemeProvider, so they are exactly what the pages held.
/// </summary>
public sealed partial class ThemeStylesheet(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly SemaphoreSlim _rendering = new(1, 1);
    private Sheet? _light;
    private Sheet? _dark;

    /// <summary>The stylesheet's address for this mode, with its version.</summary>
    public async Task<string> HrefAsync(bool dark) => $"theme/{Mode(dark)}.css?v={(await GetAsync(dark)).Version}";

    internal async Task<Sheet> GetAsync(bool dark)
    {
        if ((dark ? _dark : _light) is { } known)
        {
            return known;
        }

        await _rendering.WaitAsync();
        try
        {
            return (dark ? _dark : _light) ?? (dark ? _dark = await RenderAsync(true) : _light = await RenderAsync(false));
        }
        finally
        {
            _rendering.Release();
        }
    }

    private static string Mode(bool dark) => dark ? "dark" : "light";

    private async Task<Sheet> RenderAsync(bool dark)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = DevConnectTheme.Theme,
                [nameof(MudThemeProvider.IsDarkMode)] = dark,
            });
            return (await renderer.RenderComponentAsync<MudThemeProvider>(parameters)).ToHtmlString();
        });
        var css = string.Join('\n', StyleBlocks().Matches(html).Select(m => m.Groups[1].Value));
        return new Sheet(css);
    }

    [GeneratedRegex("<style[^>]*>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlocks();

    /// <summary>One mode's CSS, its version, and its bytes as sent: plain, gzip and Brotli, compressed once.</summary>
    internal sealed class Sheet
    {
        public Sheet(string css)
        {
            Plain = Encoding.UTF8.GetBytes(css);
            Version = Convert.ToHexStringLower(SHA256.HashData(Plain))[..16];
            Gzip = Compress(Plain, stream => new GZipStream(stream, CompressionLevel.SmallestSize));
            Brotli = Compress(Plain, stream => new BrotliStream(stream, CompressionLevel.SmallestSize));
        }

        public string Version { get; }

        public byte[] Plain { get; }

        public byte[] Gzip { get; }

        public byte[] Brotli { get; }

        private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
        {
            using var output = new MemoryStream();
            using (var stream = compressor(output))
            {
                stream.Write(bytes);
            }

            return output.ToArray();
        }
    }
}

public static class ThemeStylesheetEndpoints
{
    public static IEndpointRouteBuilder MapThemeStylesheets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/theme/{mode}.css", async (HttpContext http, ThemeStylesheet themes, string mode, string? v) =>
        {
            if (mode is not ("light" or "dark"))
            {
                return Results.NotFound();
            }

            var sheet = await themes.GetAsync(mode == "dark");
            // The current version's address never changes content: browsers keep it. Any other address (an old
            // version, none) gets today's sheet, to be asked for again.
            http.Response.Headers.CacheControl = v == sheet.Version ? "public, max-age=31536000, immutable" : "no-cache";
            http.Response.Headers.Vary = HeaderNames.AcceptEncoding;
            var accepted = http.Request.Headers.AcceptEncoding.ToString();
            var (bytes, encoding) = accepted.Contains("br", StringComparison.Ordinal) ? (sheet.Brotli, "br")
                : accepted.Contains("gzip", StringComparison.Ordinal) ? (sheet.Gzip, "gzip")
                : (sheet.Plain, null);
            if (encoding is not null)
            {
                http.Response.Headers.ContentEncoding = encoding;
            }

            return Results.Bytes(bytes, "text/css; charset=utf-8");
        }).DisableAntiforgery();
        return endpoints;
    }
}
