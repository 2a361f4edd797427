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

    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "png", TestImages.Png(), "image/png" },
        { "jpeg", TestImages.Jpeg(), "image/jpeg" },
        { "gif", TestImages.Gif(), "image/gif" },
        { "webp", TestImages.WebP(), "image/webp" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Real_images_are_stored_under_their_content_hash(string format, byte[] bytes, string contentType)
    {
        var result = await Upload(bytes);

        Assert.True(result.Succeeded, format);
        Assert.Equal(contentType, result.ContentType);
        Assert.Equal(ImageHash.Of(bytes), result.Hash);
        await using var stored = _domain.Get<IImageStore>().OpenRead(result.Hash!);
        var copy = new MemoryStream();
        await stored!.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task A_PNG_header_with_HTML_behind_it_is_refused() =>
        Assert.Equal(ImageErrors.Unsupported, (await Upload(TestImages.PngHeaderWithHtml())).Error!.Code);

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
