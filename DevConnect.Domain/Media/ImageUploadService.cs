using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Media;

/// <summary>The stored image's hash and type, or the one reason it was refused.</summary>
public sealed record ImageUploadResult(string? Hash, string? ContentType, FieldError? Error) : DomainResult(Error is null ? [] : [Error]);

/// <summary>
/// Takes an uploaded file, decodes it (size, pixel count and format checked first), stores its re-encoded widths
/// under the hash of the uploaded bytes and remembers who uploaded it. The file name and the browser's content type
/// are never trusted, and the uploaded bytes are never stored or served.
/// </summary>
public sealed class ImageUploadService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    IImageStore store,
    ImageProcessor processor,
    TimeProvider clock,
    ILogger<ImageUploadService> logger)
{
    /// <summary>What every stored width is.</summary>
    public const string ContentType = "image/webp";

    public async Task<ImageUploadResult> UploadAsync(string userId, Stream content, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > ImageFormats.MaxBytes)
            {
                return Failed(ImageErrors.TooLarge, $"Images can be at most {ImageFormats.MaxBytes / (1024 * 1024)} MB.");
            }

            buffer.Write(chunk, 0, read);
            progress?.Report(buffer.Length);
        }

        if (buffer.Length == 0)
        {
            return Failed(ImageErrors.Empty, "This file is empty.");
        }

        var bytes = buffer.ToArray();
        var hash = ImageHash.Of(bytes);
        // The same bytes were decoded and accepted before: their widths are already stored.
        if (!store.HasVariants(hash))
        {
            var processed = await processor.ProcessAsync(bytes, ct: ct);
            if (!processed.Succeeded)
            {
                logger.LogInformation("User {UserId} uploaded an image that was refused: {Code}", userId, processed.ErrorCode);
                return Failed(processed.ErrorCode!, processed.ErrorMessage!);
            }

            await SaveAsync(store, hash, processed, ct);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.UploadedImages.AnyAsync(u => u.Hash == hash && u.UploadedById == userId, ct))
        {
            db.UploadedImages.Add(new UploadedImage(hash, userId, ContentType, bytes.Length, clock.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // The same user uploaded the same bytes twice at once: one row is all we need.
            }
        }

        logger.LogInformation("User {UserId} uploaded image {Hash} ({Bytes} bytes)", userId, hash, bytes.Length);
        return new(hash, ContentType, null);
    }

    /// <summary>Largest first, so the smallest width, written last, marks a complete set.</summary>
    internal static async Task SaveAsync(IImageStore store, string hash, ProcessedImage processed, CancellationToken ct)
    {
        foreach (var variant in processed.Variants.OrderByDescending(v => v.Width))
        {
            await store.SaveVariantAsync(hash, variant.Width, variant.Bytes, ct);
        }
    }

    private static ImageUploadResult Failed(string code, string message) => new(null, null, new FieldError(ProjectRules.ImagesField, code, message));
}
