using System.Text;
using DevConnect.Domain.Media;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Media;

/// <summary>Images stored whole (EXIF and all) before uploads were re-encoded are migrated once, at start-up.</summary>
public sealed class StoredImageMigrationTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private FileSystemImageStore Store => (FileSystemImageStore)_domain.Get<IImageStore>();

    /// <summary>Writes the bytes where the app used to keep an upload: {folder}/{2 hex}/{hash}.</summary>
    private string StoreTheOldWay(byte[] bytes)
    {
        var hash = ImageHash.Of(bytes);
        Directory.CreateDirectory(Path.Combine(Store.Folder, hash[..2]));
        File.WriteAllBytes(Path.Combine(Store.Folder, hash[..2], hash), bytes);
        return hash;
    }

    private byte[]? Served(string hash, int width)
    {
        using var stream = Store.OpenForWidth(hash, width);
        if (stream is null)
        {
            return null;
        }

        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task An_image_stored_whole_is_re_encoded_at_start_up_its_original_removed_and_a_second_start_changes_nothing()
    {
        var hash = StoreTheOldWay(TestImages.JpegWithExif(800, 400, orientation: 1, description: "Old upload, GPS and all"));

        await _domain.RestartAsync();

        Assert.True(Store.HasVariants(hash));
        using (var stream = Store.OpenLegacyOriginal(hash))
        {
            Assert.Null(stream);
        }

        var cover = Served(hash, 640)!;
        Assert.Equal("image/webp", ImageFormats.SniffContentType(cover));
        Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(cover), StringComparison.OrdinalIgnoreCase);
        using (var bitmap = TestImages.Decode(cover))
        {
            Assert.Equal((640, 320), (bitmap.Width, bitmap.Height));
        }

        var written = File.GetLastWriteTimeUtc(Path.Combine(Store.Folder, hash[..2], $"{hash}-640"));
        Assert.Equal(0, await _domain.Get<StoredImageMigration>().RunAsync(TestContext.Current.CancellationToken));
        await _domain.RestartAsync();
        Assert.Equal(cover, Served(hash, 640));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(Store.Folder, hash[..2], $"{hash}-640")));
    }

    [Fact]
    public async Task A_stored_animation_keeps_its_first_frame_and_a_stored_giant_is_never_served()
    {
        var animation = StoreTheOldWay(TestImages.AnimatedGif());
        var giant = StoreTheOldWay(TestImages.HugePng());

        await _domain.RestartAsync();

        Assert.Equal("image/webp", ImageFormats.SniffContentType(Served(animation, 160)));
        Assert.Null(Served(giant, ImageVariants.Largest));
        // Kept for the operator (the start-up log names it), never served.
        using var original = Store.OpenLegacyOriginal(giant);
        Assert.NotNull(original);
    }
}
