using DevConnect.Domain.Media;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Projects;

public sealed class ImageUploadTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<ImageUploadResult> Upload(byte[] bytes) =>
        await _domain.Get<ImageUploadService>().UploadAsync(await _domain.CreateMemberAsync("Up Loader"), new MemoryStream(bytes));

    public static TheoryData<string, byte[]> Accepted => new()
    {
        { "png", TestImages.Png() },
        { "jpeg", TestImages.Jpeg() },
        { "gif", TestImages.Gif() },
        { "webp", TestImages.WebP() },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Real_images_are_stored_re_encoded_as_WebP_under_the_hash_of_the_upload(string format, byte[] bytes)
    {
        var result = await Upload(bytes);

        Assert.True(result.Succeeded, format);
        Assert.Equal("image/webp", result.ContentType);
        Assert.Equal(ImageHash.Of(bytes), result.Hash);
        await using var stored = _domain.Get<IImageStore>().OpenForWidth(result.Hash!, ImageVariants.Largest);
        var copy = new MemoryStream();
        await stored!.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal("image/webp", ImageFormats.SniffContentType(copy.ToArray()));
        Assert.NotEqual(bytes, copy.ToArray());
    }

    [Fact]
    public async Task A_PNG_header_with_HTML_behind_it_is_refused() =>
        Assert.Equal(ImageErrors.Unreadable, (await Upload(TestImages.PngHeaderWithHtml())).Error!.Code);

    [Fact]
    public async Task An_SVG_renamed_to_png_is_refused() =>
        Assert.Equal(ImageErrors.Unsupported, (await Upload(TestImages.Svg())).Error!.Code);

    [Fact]
    public async Task Five_megabytes_are_accepted_and_one_byte_more_is_refused()
    {
        var atLimit = await Upload(TestImages.PngOfSize((int)ImageFormats.MaxBytes));
        var overLimit = await Upload(TestImages.PngOfSize((int)ImageFormats.MaxBytes + 1));

        Assert.True(atLimit.Succeeded);
        Assert.Equal(ImageErrors.TooLarge, overLimit.Error!.Code);
    }

    [Fact]
    public async Task An_empty_file_is_refused() =>
        Assert.Equal(ImageErrors.Empty, (await Upload([])).Error!.Code);
}
