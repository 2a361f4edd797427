using DevConnect.Domain.Media;
using DevConnect.Domain.Persistence;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace DevConnect.Tests.Media;

/// <summary>With <c>Storage:Images = Database</c>, uploads live in the shared database, not on one server's disk.</summary>
public sealed class ImagesInDatabaseTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;

    public async ValueTask InitializeAsync() =>
        _domain = await DomainHarness.StartAsync(settings: new Dictionary<string, string?> { ["Storage:Images"] = "Database" });

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private IImageStore Store => _domain.Get<IImageStore>();

    [Fact]
    public async Task An_upload_is_kept_at_every_width_in_the_database_and_read_back_byte_for_byte()
    {
        var upload = await _domain.Get<ImageUploadService>().UploadAsync(
            await _domain.CreateMemberAsync("Db Uploader"),
            new MemoryStream(TestImages.Drawn(SKEncodedImageFormat.Png, 2000, 1000, SKColors.Teal, SKColors.Orange)));

        Assert.True(upload.Succeeded);
        await using var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var stored = await db.StoredImageVariants.Where(v => v.Hash == upload.Hash).ToDictionaryAsync(v => v.Width, v => v.Bytes, TestContext.Current.CancellationToken);
        Assert.Equal(ImageVariants.Widths.Order(), stored.Keys.Order());
        Assert.True(Store.HasVariants(upload.Hash!));
        foreach (var (width, bytes) in stored)
        {
            await using var served = Store.OpenVariant(upload.Hash!, width)!;
            var copy = new MemoryStream();
            await served.CopyToAsync(copy, TestContext.Current.CancellationToken);
            Assert.Equal(bytes, copy.ToArray());
            Assert.Equal(width, TestImages.Decode(bytes).Width);
        }

        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(_domain.DatabaseFile)!, "App_Data", "uploads")), "an image went to disk");
    }

    [Fact]
    public async Task The_same_picture_uploaded_twice_is_stored_once_and_deleting_it_removes_every_width()
    {
        var member = await _domain.CreateMemberAsync("Twice Uploader");
        var png = TestImages.Drawn(SKEncodedImageFormat.Png, 700, 400, SKColors.Navy, SKColors.Gold);
        var first = await _domain.Get<ImageUploadService>().UploadAsync(member, new MemoryStream(png));
        var second = await _domain.Get<ImageUploadService>().UploadAsync(member, new MemoryStream(png));

        Assert.Equal(first.Hash, second.Hash);
        await Store.DeleteAsync(first.Hash!, TestContext.Current.CancellationToken);

        Assert.False(Store.HasVariants(first.Hash!));
        Assert.Null(Store.OpenVariant(first.Hash!, ImageVariants.Widths[0]));
    }

    [Fact]
    public void Nothing_that_is_not_a_hash_reaches_the_database()
    {
        Assert.Null(Store.OpenVariant("../../etc/passwd", 320));
        Assert.False(Store.HasVariants("' OR 1=1 --"));
    }
}
