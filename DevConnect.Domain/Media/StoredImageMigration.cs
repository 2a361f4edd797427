using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Media;

/// <summary>
/// Re-encodes the images stored whole before uploads were re-encoded (each under its hash, as uploaded: EXIF and
/// all) into the stored widths, then deletes the original. Runs at start-up; an image already migrated is no longer
/// a legacy original, so a second run finds nothing to do. An original the pipeline refuses (over the pixel cap,
/// undecodable) is kept out of sight: never served, logged at each start-up for the operator to remove.
/// </summary>
public sealed class StoredImageMigration(IImageStore store, ImageProcessor processor, ILogger<StoredImageMigration> logger)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var migrated = 0;
        foreach (var hash in store.LegacyOriginals())
        {
            if (!store.HasVariants(hash))
            {
                if (await ReadAsync(hash, ct) is not { } bytes)
                {
                    continue;
                }

                try
                {
                    // An animated GIF uploaded before keeps its first frame rather than disappearing from its page.
                    var processed = await processor.ProcessAsync(bytes, stillOfAnimation: true, ct);
                    if (!processed.Succeeded)
                    {
                        logger.LogWarning("Stored image {Hash} cannot be re-encoded and is not served: {Reason}", hash, processed.ErrorMessage);
                        continue;
                    }

                    await ImageUploadService.SaveAsync(store, hash, processed, ct);
                }
                catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
                {
                    // One picture the encoder or the disk refuses must not stop every start: it stays unserved, named here.
                    logger.LogWarning(ex, "Stored image {Hash} could not be re-encoded and is not served", hash);
                    continue;
                }
            }

            await store.DeleteLegacyOriginalAsync(hash, ct);
            migrated++;
        }

        if (migrated > 0)
        {
            logger.LogInformation("Re-encoded {Count} stored images into their served widths and removed the originals", migrated);
        }

        return migrated;
    }

    private async Task<byte[]?> ReadAsync(string hash, CancellationToken ct)
    {
        await using var original = store.OpenLegacyOriginal(hash);
        if (original is null || original.Length > ImageFormats.MaxBytes)
        {
            logger.LogWarning("Stored image {Hash} is missing or larger than an upload may be, and is not served", hash);
            return null;
        }

        var bytes = new byte[original.Length];
        await original.ReadExactlyAsync(bytes, ct);
        return bytes;
    }
}
