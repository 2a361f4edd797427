using System.Globalization;
using SkiaSharp;

namespace DevConnect.Domain.Media;

/// <summary>One stored width of an image: WebP bytes drawn from decoded pixels, so nothing of the upload survives.</summary>
public sealed record ImageVariant(int Width, int PixelWidth, int PixelHeight, byte[] Bytes);

public sealed record ProcessedImage(IReadOnlyList<ImageVariant> Variants, string? ErrorCode, string? ErrorMessage)
{
    public bool Succeeded => ErrorCode is null;
}

/// <summary>
/// The only place that touches SkiaSharp. Reads the header first and refuses a canvas over
/// <see cref="ImageFormats.MaxPixels"/> before a pixel is decoded, then decodes (to sRGB, upright per the EXIF
/// orientation, at the smallest scale the codec offers that still covers the largest width) and re-encodes every
/// width as WebP. Metadata (EXIF, GPS, comments, ICC) and anything smuggled beside the pixels (HTML in a comment
/// or after the end marker) stay behind, because only pixels cross over.
/// </summary>
public sealed class ImageProcessor
{
    private const int WebPQuality = 82;

    // Decoding holds up to MaxPixels × 4 bytes: a few at a time, whatever the number of uploaders.
    private readonly SemaphoreSlim _gate = new(Math.Max(1, Environment.ProcessorCount / 2));

    /// <param name="stillOfAnimation">
    /// For images stored before re-encoding: an animation keeps its first frame. An upload is refused instead, so its
    /// author knows what the page will show.
    /// </param>
    public async Task<ProcessedImage> ProcessAsync(byte[] bytes, bool stillOfAnimation = false, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await Task.Run(() => Process(bytes, stillOfAnimation), ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static ProcessedImage Process(byte[] bytes, bool stillOfAnimation)
    {
        if (ImageFormats.SniffContentType(bytes) is null)
        {
            return Refused(ImageErrors.Unsupported, "Only PNG, JPEG, WebP and GIF images are accepted.");
        }

        using var stream = new SKMemoryStream(bytes);
        using var codec = SKCodec.Create(stream, out _);
        if (codec is null)
        {
            return Unreadable();
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > ImageFormats.MaxPixels)
        {
            return Refused(ImageErrors.TooManyPixels, string.Create(CultureInfo.InvariantCulture,
                $"This image is {width:N0} × {height:N0} pixels; images can be at most {ImageFormats.MaxPixels / 1_000_000} megapixels."));
        }

        if (codec.FrameCount > 1 && !stillOfAnimation)
        {
            return Refused(ImageErrors.Animated, "Animated images are not accepted: upload a still PNG, JPEG, WebP or GIF.");
        }

        using var decoded = Decode(codec);
        if (decoded is null)
        {
            return Unreadable();
        }

        using var turned = codec.EncodedOrigin == SKEncodedOrigin.TopLeft ? null : Upright(decoded, codec.EncodedOrigin);
        return new(EncodeWidths(turned ?? decoded), null, null);
    }

    private static SKBitmap? Decode(SKCodec codec)
    {
        var origin = codec.EncodedOrigin;
        var swapsAxes = origin >= SKEncodedOrigin.LeftTop;
        var (uprightWidth, uprightHeight) = swapsAxes ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
        var needed = Fit(uprightWidth, uprightHeight, ImageVariants.Largest);

        // JPEG and WebP decode straight to 1/2, 1/4 or 1/8 size: a 40 MP photo never needs 160 MB for a 1280 px picture.
        var size = codec.GetScaledDimensions((float)needed.Width / uprightWidth);
        var (scaledWidth, scaledHeight) = swapsAxes ? (size.Height, size.Width) : (size.Width, size.Height);
        if (scaledWidth < needed.Width || scaledHeight < needed.Height)
        {
            size = codec.Info.Size;
        }

        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(size.Width, size.Height, SKImageInfo.PlatformColorType, alpha, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    /// <summary>Turns the pixels the way the EXIF orientation says, since the orientation tag goes with the rest of the metadata.</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        var (w, h) = (source.Width, source.Height);
        var swapsAxes = origin >= SKEncodedOrigin.LeftTop;
        // Maps a source pixel (x, y) to where it shows: x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        };
        var upright = new SKBitmap(source.Info.WithSize(swapsAxes ? h : w, swapsAxes ? w : h));
        using var canvas = new SKCanvas(upright);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        return upright;
    }

    private static List<ImageVariant> EncodeWidths(SKBitmap upright)
    {
        var sampling = new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
        var variants = new List<ImageVariant>();
        SKSizeI? previous = null;
        foreach (var width in ImageVariants.Widths)
        {
            var size = Fit(upright.Width, upright.Height, width);
            if (size == previous)
            {
                // Never upscaled: the previous width already holds the whole picture.
                break;
            }

            using var resized = size == new SKSizeI(upright.Width, upright.Height) ? null
                : upright.Resize(upright.Info.WithSize(size), sampling) ?? throw new InvalidOperationException("Skia could not resize an image.");
            using var pixmap = (resized ?? upright).PeekPixels();
            using var encoded = pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, WebPQuality))
                ?? throw new InvalidOperationException("Skia could not encode WebP.");
            variants.Add(new(width, size.Width, size.Height, encoded.ToArray()));
            previous = size;
        }

        return variants;
    }

    /// <summary>
    /// The size shown at <paramref name="width"/>: at most that wide and twice as tall (a 1 × 40,000 strip stays small),
    /// never larger than the picture.
    /// </summary>
    private static SKSizeI Fit(int width, int height, int bucket)
    {
        var scale = Math.Min(1.0, Math.Min((double)bucket / width, 2.0 * bucket / height));
        return new SKSizeI(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    private static ProcessedImage Unreadable() =>
        Refused(ImageErrors.Unreadable, "This image could not be read: the file is damaged or not really a PNG, JPEG, WebP or GIF.");

    private static ProcessedImage Refused(string code, string message) => new([], code, message);
}
