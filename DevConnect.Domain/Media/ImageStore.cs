using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace DevConnect.Domain.Media;

/// <summary>Bound from <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for uploaded images, relative to the content root (when <see cref="Images"/> is Disk).</summary>
    [Required]
    public string ImagesPath { get; set; } = "App_Data/uploads";

    /// <summary>Disk (one server) or Database (several servers, no shared disk needed).</summary>
    public ImageStorage Images { get; set; } = ImageStorage.Disk;
}

public enum ImageStorage
{
    Disk = 0,
    Database = 1,
}

/// <summary>
/// Where images live, addressed by the SHA-256 of the uploaded bytes (never by the uploader's file name), one
/// re-encoded file per width. The uploaded bytes themselves are not kept. A shared store (object storage) can
/// replace the file system one when the app runs on several servers.
/// </summary>
public interface IImageStore
{
    /// <summary>Saves one width. Writers save the smallest width last: its presence means the set is complete.</summary>
    Task SaveVariantAsync(string hash, int width, ReadOnlyMemory<byte> bytes, CancellationToken ct = default);

    Stream? OpenVariant(string hash, int width);

    bool HasVariants(string hash);

    /// <summary>Images stored whole by the app before it re-encoded uploads: they wait for <see cref="StoredImageMigration"/>.</summary>
    IReadOnlyList<string> LegacyOriginals();

    Stream? OpenLegacyOriginal(string hash);

    Task DeleteLegacyOriginalAsync(string hash, CancellationToken ct = default);

    /// <summary>Every width, and the legacy original if one is left.</summary>
    Task DeleteAsync(string hash, CancellationToken ct = default);
}

public static partial class ImageHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static bool IsValid(string? hash) => hash is not null && Pattern().IsMatch(hash);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Pattern();
}

/// <summary>
/// <c>{folder}/{first two hex digits}/{hash}-{width}</c> for variants; a bare <c>{hash}</c> file is a legacy original.
/// </summary>
public sealed class FileSystemImageStore(string folder) : IImageStore
{
    public string Folder { get; } = folder;

    public async Task SaveVariantAsync(string hash, int width, ReadOnlyMemory<byte> bytes, CancellationToken ct = default)
    {
        EnsureValid(hash);
        var path = PathOf(hash, width);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside and move, so a reader never sees half a file.
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, bytes.ToArray(), ct);
        File.Move(temp, path, overwrite: true);
    }

    public Stream? OpenVariant(string hash, int width) =>
        ImageHash.IsValid(hash) && ImageVariants.IsWidth(width) ? Open(PathOf(hash, width)) : null;

    public bool HasVariants(string hash) => ImageHash.IsValid(hash) && File.Exists(PathOf(hash, ImageVariants.Widths[0]));

    public IReadOnlyList<string> LegacyOriginals() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Where(ImageHash.IsValid).Select(name => name!).ToList()
            : [];

    public Stream? OpenLegacyOriginal(string hash) => ImageHash.IsValid(hash) ? Open(LegacyPathOf(hash)) : null;

    public Task DeleteLegacyOriginalAsync(string hash, CancellationToken ct = default)
    {
        EnsureValid(hash);
        File.Delete(LegacyPathOf(hash));
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string hash, CancellationToken ct = default)
    {
        if (ImageHash.IsValid(hash))
        {
            foreach (var width in ImageVariants.Widths)
            {
                File.Delete(PathOf(hash, width));
            }

            File.Delete(LegacyPathOf(hash));
        }

        return Task.CompletedTask;
    }

    private static FileStream? Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static void EnsureValid(string hash)
    {
        if (!ImageHash.IsValid(hash))
        {
            throw new ArgumentException("Not an image hash.", nameof(hash));
        }
    }

    private string LegacyPathOf(string hash) => Path.Combine(Folder, hash[..2], hash);

    private string PathOf(string hash, int width) => Path.Combine(Folder, hash[..2], $"{hash}-{width}");
}
