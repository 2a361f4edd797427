using DevConnect.Domain.Media;
using Microsoft.Net.Http.Headers;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Serves uploaded images by content hash. The bytes were checked on upload; the type is taken from them again,
/// never from a name, and the response is locked down (nosniff, a sandboxing CSP) and cached for a year since
/// a hash never changes.
/// </summary>
public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{hash}", async (string hash, HttpContext http, IImageStore store) =>
        {
            if (!ImageHash.IsValid(hash))
            {
                return Results.NotFound();
            }

            if (http.Request.Headers.IfNoneMatch.ToString().Contains(hash, StringComparison.Ordinal))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            var stream = store.OpenRead(hash);
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
            return Results.Stream(stream, contentType, entityTag: new EntityTagHeaderValue($"\"{hash}\""));
        });
        return endpoints;
    }
}
