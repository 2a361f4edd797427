using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Prerendered pages go out Brotli- or gzip-compressed (whichever the browser prefers; browsers offer Brotli only
/// over HTTPS). Static assets are not compressed here: the SDK compresses them at build and publish time and
/// MapStaticAssets negotiates, so only HTML is compressed on the fly.
/// <para>
/// BREACH: a compressed HTTPS page leaks, through its length, whether text an attacker can put into the page (a
/// search box echoes <c>q</c>) matches a secret that sits in the same page. So only responses to anonymous requests
/// are compressed. They hold no member data, and the one secret they may carry, an antiforgery request token, is
/// encrypted afresh (Data Protection, random per call) for every response, so no two responses share its bytes and
/// there is nothing stable to guess against; the antiforgery cookie travels in a header, which this never touches.
/// A signed-in member's pages can hold their own private data (email, messages, notifications) next to echoed
/// input; they are sent uncompressed rather than asking every future page to prove it never mixes the two.
/// </para>
/// Compression runs inside the output cache (<see cref="PageCache"/>), so a cached page is stored once per encoding
/// (the cache varies by <see cref="EncodingFor"/>) and served without compressing it again.
/// </summary>
public static class PageCompression
{
    public static IServiceCollection AddDevConnectPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Cached pages are compressed once per entry, so a thorough level costs little; uncached ones stay quick.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, AnonymousOnlyCompressionProvider>());
        return services;
    }

    /// <summary>Must come after <see cref="PageCache.UsePageCache"/>: the cache then stores what this compressed.</summary>
    public static IApplicationBuilder UsePageCompression(this IApplicationBuilder app) => app.UseResponseCompression();

    /// <summary>The content coding this request's page will be sent in ("br", "gzip" or "identity").</summary>
    public static string EncodingFor(HttpContext http)
    {
        var compression = http.RequestServices.GetRequiredService<IResponseCompressionProvider>();
        return compression.CheckRequestAcceptsCompression(http)
            ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity"
            : "identity";
    }

    private sealed class AnonymousOnlyCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            context.User.Identity?.IsAuthenticated != true && base.ShouldCompressResponse(context);
    }
}
