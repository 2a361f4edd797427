namespace DevConnect.Domain.Media;

public static class ImageErrors
{
    public const string Unsupported = "ImageUnsupported";
    public const string Unreadable = "ImageUnreadable";
    public const string TooLarge = "ImageTooLarge";
    public const string TooManyPixels = "ImageTooManyPixels";
    public const string Animated = "ImageAnimated";
    public const string Empty = "ImageEmpty";
}

/// <summary>
/// The limits of an upload and the formats let through to the decoder. The signature only chooses who may try:
/// every upload is then decoded and re-encoded (<see cref="ImageProcessor"/>), so nothing of its bytes is served.
/// </summary>
public static class ImageFormats
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Width × height an upload may have: a small file can declare a huge canvas (20,000 × 20,000 one-colour PNG is
    /// 389 KB and 1.6 GB once decoded), so the header is checked before any pixel is.
    /// </summary>
    public const long MaxPixels = 40_000_000;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The content type named by the signature, or null: SVG, BMP, ICO, HEIF and the rest never reach the decoder.</summary>
    public static string? SniffContentType(ReadOnlySpan<byte> head) =>
        head.StartsWith(PngSignature) ? "image/png"
        : head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF ? "image/jpeg"
        : head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8) ? "image/gif"
        : head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;
}
