using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace DevConnect.Domain.Media;

/// <summary>Bound from <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for uploaded images, relative to the content root.</summary>
    [Required]
    public string ImagesPath { get; set; } = "App_Data/uploads";
}

/// <summary>
/// Where uploaded image bytes live, addressed by their SHA-256 (never by the uploader's file name). A
/// shared store (object storage) can replace the file system one when the app runs on several servers.
/// </summary>
public interface IImageStore
{
    Task<string> SaveAsync(ReadOnlyMemory<byte> bytes, CancellationToken ct = default);

    Stream? OpenRead(string hash);

    Task DeleteAsync(string hash, CancellationToken ct = default);
}

public static partial class ImageHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static bool IsValid(string? hash) => hash is not null && Pattern().IsMatch(hash);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Pattern();
}

public sealed class FileSystemImageStore(string folder) : IImageStore
{
    public string Folder { get; } = folder;

    public async Task<string> SaveAsync(ReadOnlyMemory<byte> bytes, CancellationToken ct = default)
    {
        var hash = ImageHash.Of(bytes.Span);
        var path = PathOf(hash);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Write beside and move, so a reader never sees half a file.
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temp, bytes.ToArray(), ct);
            File.Move(temp, path, overwrite: true);
        }

        return hash;
    }

    public Stream? OpenRead(string hash)
    {
        if (!ImageHash.IsValid(hash))
        {
            return null;
        }

        var path = PathOf(hash);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true) : null;
    }

    public Task DeleteAsync(string hash, CancellationToken ct = default)
    {
        if (ImageHash.IsValid(hash))
        {
            File.Delete(PathOf(hash));
        }

        return Task.CompletedTask;
    }

    private string PathOf(string hash) => Path.Combine(Folder, hash[..2], hash);
}
