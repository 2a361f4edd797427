using DevConnect.Domain.Media;
using Microsoft.Net.Http.Headers;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Serves uploaded images by content hash and width (<c>/media/{hash}/{width}</c>; a bare <c>/media/{hash}</c>, as
/// pages linked before, is the largest width). Only re-encoded widths exist to serve; the type is still taken from
/// the bytes, and the response is locked down (nosniff, a sandboxing CSP) and cached for a year: a hash and width
/// never change.
/// </summary>
public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{hash}", (string hash, HttpContext http, IImageStore store) =>
            ServeAsync(hash, ImageVariants.Largest, http, store));
        endpoints.MapGet("/media/{hash}/{width:int}", (string hash, int width, HttpContext http, IImageStore store) =>
            ImageVariants.IsWidth(width) ? ServeAsync(hash, width, http, store) : Task.FromResult(Results.NotFound()));
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string hash, int width, HttpContext http, IImageStore store)
    {
        if (!ImageHash.IsValid(hash))
        {
            return Results.NotFound();
        }

        var tag = $"\"{hash}-{width}\"";
        if (http.Request.Headers.IfNoneMatch.ToString().Contains(tag, StringComparison.Ordinal))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var stream = store.OpenForWidth(hash, width);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var head = new byte[16];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (ImageFormats.SniffContentType(head.AsSpan(0, read)) is not { } contentType)
        {
            await stream.DisposeAsync();
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        headers.XContentTypeOptions = "nosniff";
        return Results.Stream(stream, contentType, entityTag: new EntityTagHeaderValue(tag));
    }
}
