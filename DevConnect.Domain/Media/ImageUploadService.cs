using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Media;

public sealed record ImageUploadResult(string? Hash, string? ContentType, FieldError? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Takes an uploaded file, checks it by content (format, structure, size), stores it under its hash and
/// remembers who uploaded it. The file name and the browser's content type are never trusted.
/// </summary>
public sealed class ImageUploadService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    IImageStore store,
    TimeProvider clock,
    ILogger<ImageUploadService> logger)
{
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

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (ImageFormats.Detect(bytes.Span) is not { } contentType)
        {
            return Failed(ImageErrors.Unsupported, "Only PNG, JPEG, WebP and GIF images are accepted.");
        }

        var hash = await store.SaveAsync(bytes, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.UploadedImages.AnyAsync(u => u.Hash == hash && u.UploadedById == userId, ct))
        {
            db.UploadedImages.Add(new UploadedImage(hash, userId, contentType, bytes.Length, clock.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // The same user uploaded the same bytes twice at once: one row is all we need.
            }
        }

        logger.LogInformation("User {UserId} uploaded image {Hash} ({ContentType}, {Bytes} bytes)", userId, hash, contentType, bytes.Length);
        return new(hash, contentType, null);
    }

    private static ImageUploadResult Failed(string code, string message) => new(null, null, new FieldError(ProjectRules.ImagesField, code, message));
}
