using System.Text;
using DevConnect.Domain.Media;
using DevConnect.Tests.Infrastructure;
using SkiaSharp;

namespace DevConnect.Tests.Media;

/// <summary>Every upload is decoded and re-encoded: hostile sizes, smuggled HTML and metadata stay out of what is served.</summary>
public sealed class ImagePipelineTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private IImageStore Store => _domain.Get<IImageStore>();

    private async Task<ImageUploadResult> Upload(byte[] bytes) =>
        await _domain.Get<ImageUploadService>().UploadAsync(await _domain.CreateMemberAsync("Up Loader"), new MemoryStream(bytes));

    private async Task<Dictionary<int, byte[]>> StoredWidths(string hash)
    {
        var stored = new Dictionary<int, byte[]>();
        foreach (var width in ImageVariants.Widths)
        {
            await using var stream = Store.OpenVariant(hash, width);
            if (stream is not null)
            {
                var copy = new MemoryStream();
                await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
                stored[width] = copy.ToArray();
            }
        }

        return stored;
    }

    private static (int Width, int Height) SizeOf(byte[] bytes)
    {
        using var bitmap = TestImages.Decode(bytes);
        return (bitmap.Width, bitmap.Height);
    }

    [Fact]
    public async Task A_20000_by_20000_PNG_is_refused_from_its_header_before_any_pixel_is_decoded()
    {
        var huge = TestImages.HugePng();
        Assert.InRange(huge.Length, 1, ImageFormats.MaxBytes);

        var result = await Upload(huge);
        // The same header with no pixel data behind it gets the same answer: the verdict came from the header alone,
        // since decoding that file fails ("could not be read"), as it does at an allowed size.
        var headerOnly = await Upload(TestImages.PngWithoutPixels());
        var smallHeaderOnly = await Upload(TestImages.PngWithoutPixels(100, 100));

        Assert.Equal(ImageErrors.TooManyPixels, result.Error!.Code);
        Assert.Equal("This image is 20,000 × 20,000 pixels; images can be at most 40 megapixels.", result.Error.Message);
        Assert.Equal(ImageErrors.TooManyPixels, headerOnly.Error!.Code);
        Assert.Equal(ImageErrors.Unreadable, smallHeaderOnly.Error!.Code);
        Assert.False(Store.HasVariants(ImageHash.Of(huge)));
    }

    [Fact]
    public async Task A_large_image_is_stored_at_every_width_and_a_small_one_is_never_upscaled()
    {
        var large = await Upload(TestImages.Drawn(SKEncodedImageFormat.Png, 2000, 1000, SKColors.Teal, SKColors.Orange));
        var small = await Upload(TestImages.Drawn(SKEncodedImageFormat.Png, 500, 250, SKColors.Teal, SKColors.Orange));

        var largeWidths = await StoredWidths(large.Hash!);
        Assert.Equal([(160, 80), (320, 160), (640, 320), (1280, 640)], ImageVariants.Widths.Select(w => SizeOf(largeWidths[w])));
        var smallWidths = await StoredWidths(small.Hash!);
        Assert.Equal([160, 320, 640], smallWidths.Keys.Order());
        Assert.Equal((500, 250), SizeOf(smallWidths[640]));
        await using var asked1280 = Store.OpenForWidth(small.Hash!, 1280);
        var served = new MemoryStream();
        await asked1280!.CopyToAsync(served, TestContext.Current.CancellationToken);
        Assert.Equal(smallWidths[640], served.ToArray());
    }

    public static TheoryData<string, byte[]> Polyglots => new()
    {
        { "JPEG with a comment segment and a tail of HTML", TestImages.JpegWithHtml() },
        { "GIF with a comment extension and a tail of HTML", TestImages.GifWithHtml() },
    };

    [Theory]
    [MemberData(nameof(Polyglots))]
    public async Task HTML_carried_inside_or_after_an_image_is_not_in_any_stored_width(string polyglot, byte[] bytes)
    {
        Assert.Contains("<script>", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);

        var result = await Upload(bytes);

        Assert.True(result.Succeeded, polyglot);
        var stored = await StoredWidths(result.Hash!);
        Assert.NotEmpty(stored);
        Assert.All(stored.Values, variant =>
        {
            var text = Encoding.Latin1.GetString(variant);
            Assert.Equal("image/webp", ImageFormats.SniffContentType(variant));
            Assert.DoesNotContain("<html", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task EXIF_and_the_GPS_position_are_stripped_and_the_picture_is_turned_upright()
    {
        // Orientation 6: the camera was turned, the pixels lie on their side and the tag says "rotate 90° clockwise".
        var photo = TestImages.JpegWithExif(80, 40, orientation: 6, description: "Our flat, 12 rue Example");
        Assert.True(photo.AsSpan().IndexOf(Exif.Latitude) > 0);

        var result = await Upload(photo);

        Assert.True(result.Succeeded);
        var stored = await StoredWidths(result.Hash!);
        Assert.All(stored.Values, variant =>
        {
            var text = Encoding.Latin1.GetString(variant);
            Assert.DoesNotContain("Exif", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("rue Example", text, StringComparison.Ordinal);
            Assert.True(variant.AsSpan().IndexOf(Exif.Latitude) < 0, "the GPS latitude is still in the file");
        });
        using var upright = TestImages.Decode(stored[160]);
        Assert.Equal((40, 80), (upright.Width, upright.Height));
        // The left half (red) of the sideways pixels is the top once turned.
        Assert.True(upright.GetPixel(20, 5).Red > 200 && upright.GetPixel(20, 5).Blue < 60, $"top is {upright.GetPixel(20, 5)}");
        Assert.True(upright.GetPixel(20, 75).Blue > 200 && upright.GetPixel(20, 75).Red < 60, $"bottom is {upright.GetPixel(20, 75)}");
    }

    [Fact]
    public async Task An_animated_GIF_is_refused_with_a_clear_message_and_a_still_one_is_accepted()
    {
        var animated = await Upload(TestImages.AnimatedGif());
        var still = await Upload(TestImages.Gif());

        Assert.Equal(ImageErrors.Animated, animated.Error!.Code);
        Assert.Equal("Animated images are not accepted: upload a still PNG, JPEG, WebP or GIF.", animated.Error.Message);
        Assert.True(still.Succeeded);
    }
}
