using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Media;

/// <summary>One re-encoded width of an uploaded image, kept in the database so every server can serve it.</summary>
public sealed class StoredImageVariant
{
    private StoredImageVariant()
    {
    }

    internal StoredImageVariant(string hash, int width, byte[] bytes)
    {
        Hash = hash;
        Width = width;
        Bytes = bytes;
    }

    public string Hash { get; private set; } = "";

    public int Width { get; private set; }

    public byte[] Bytes { get; private set; } = [];
}

internal sealed class StoredImageVariantConfiguration : IEntityTypeConfiguration<StoredImageVariant>
{
    public void Configure(EntityTypeBuilder<StoredImageVariant> builder)
    {
        builder.HasKey(v => new { v.Hash, v.Width });
        builder.Property(v => v.Hash).HasMaxLength(64);
    }
}

/// <summary>
/// <c>Storage:Images = Database</c>: images in the shared database, for several servers without a shared disk.
/// Reads are synchronous because <see cref="IImageStore"/> is shaped after files; a variant is at most a few hundred
/// KB and is read by primary key, and the media endpoint caches it in browsers for a year (the address is its hash).
/// There are never legacy originals here: they predate this store.
/// </summary>
public sealed class DatabaseImageStore(IDbContextFactory<DevConnectDbContext> dbFactory) : IImageStore
{
    public async Task SaveVariantAsync(string hash, int width, ReadOnlyMemory<byte> bytes, CancellationToken ct = default)
    {
        if (!ImageHash.IsValid(hash))
        {
            throw new ArgumentException("Not an image hash.", nameof(hash));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.StoredImageVariants.AnyAsync(v => v.Hash == hash && v.Width == width, ct))
        {
            // Same hash, same width: the same bytes (content addressing), already there.
            return;
        }

        db.StoredImageVariants.Add(new StoredImageVariant(hash, width, bytes.ToArray()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Two servers stored the same upload at once; either copy will do.
        }
    }

    public Stream? OpenVariant(string hash, int width)
    {
        if (!ImageHash.IsValid(hash) || !ImageVariants.IsWidth(width))
        {
            return null;
        }

        using var db = dbFactory.CreateDbContext();
        var bytes = db.StoredImageVariants.Where(v => v.Hash == hash && v.Width == width).Select(v => v.Bytes).SingleOrDefault();
        return bytes is null ? null : new MemoryStream(bytes, writable: false);
    }

    public bool HasVariants(string hash)
    {
        if (!ImageHash.IsValid(hash))
        {
            return false;
        }

        using var db = dbFactory.CreateDbContext();
        var smallest = ImageVariants.Widths[0];
        return db.StoredImageVariants.Any(v => v.Hash == hash && v.Width == smallest);
    }

    public IReadOnlyList<string> LegacyOriginals() => [];

    public Stream? OpenLegacyOriginal(string hash) => null;

    public Task DeleteLegacyOriginalAsync(string hash, CancellationToken ct = default) => Task.CompletedTask;

    public async Task DeleteAsync(string hash, CancellationToken ct = default)
    {
        if (ImageHash.IsValid(hash))
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.StoredImageVariants.Where(v => v.Hash == hash).ExecuteDeleteAsync(ct);
        }
    }
}
