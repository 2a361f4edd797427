namespace DevConnect.Domain.Media;

/// <summary>
/// The widths every image is stored at, and their addresses. A width bucket never upscales: a 500 px wide upload is
/// stored at 160 and 320, its 640 bucket holds the 500 px picture, and 1280 is answered with that same file.
/// </summary>
public static class ImageVariants
{
    /// <summary>Ascending. 160 serves avatars and editor thumbnails, 320/640 the cards and the cover, 1280 the lightbox.</summary>
    public static IReadOnlyList<int> Widths { get; } = [160, 320, 640, 1280];

    public static int Largest => Widths[^1];

    public static bool IsWidth(int width) => Widths.Contains(width);

    /// <summary>The smallest stored width that covers <paramref name="pixels"/> device pixels (the largest if none does).</summary>
    public static int Covering(int pixels) => Widths.FirstOrDefault(w => w >= pixels, Largest);

    /// <summary>The app-relative address of one width of an uploaded image.</summary>
    public static string Url(string hash, int width) => $"media/{hash}/{width}";

    /// <summary>Every width of an uploaded image, as an <c>srcset</c> value.</summary>
    public static string SrcSet(string hash) => string.Join(", ", Widths.Select(w => $"{Url(hash, w)} {w}w"));

    /// <summary>The variant for <paramref name="width"/>, or the largest smaller one when the picture was narrower.</summary>
    public static Stream? OpenForWidth(this IImageStore store, string hash, int width)
    {
        for (var i = Widths.Count - 1; i >= 0; i--)
        {
            if (Widths[i] <= width && store.OpenVariant(hash, Widths[i]) is { } stream)
            {
                return stream;
            }
        }

        return null;
    }
}
