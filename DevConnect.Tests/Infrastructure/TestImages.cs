using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace DevConnect.Tests.Infrastructure;

/// <summary>Real, decodable images made in memory (and a few fakes and hostile ones) for upload tests.</summary>
public static class TestImages
{
    public const string Html = "<html><body><script>alert(document.cookie)</script></body></html>";

    /// <summary>A solid-colour RGB PNG that any browser can display, written by hand (no encoder's extras).</summary>
    public static byte[] Png(int width = 8, int height = 8, byte red = 67, byte green = 56, byte blue = 202)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
            {
                raw.Write([red, green, blue]);
            }
        }

        return PngOf(width, height, bitDepth: 8, colourType: 2, Deflate(raw.ToArray()));
    }

    /// <summary>
    /// A real one-colour PNG of <paramref name="width"/> × <paramref name="height"/> (1-bit grey): a few hundred KB
    /// that decode to width × height × 4 bytes.
    /// </summary>
    public static byte[] HugePng(int width = 20_000, int height = 20_000)
    {
        var row = new byte[1 + (width + 7) / 8];
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return PngOf(width, height, bitDepth: 1, colourType: 0, compressed.ToArray());
    }

    /// <summary>
    /// A PNG header claiming <paramref name="width"/> × <paramref name="height"/>, then a pixel-data chunk with nothing
    /// in it but the two-byte zlib header: a reader of headers sees an image, a decoder finds no pixels.
    /// </summary>
    public static byte[] PngWithoutPixels(int width = 20_000, int height = 20_000) => PngOf(width, height, bitDepth: 8, colourType: 2, [0x78, 0x9C]);

    /// <summary>A picture drawn with Skia: left half <paramref name="left"/>, right half <paramref name="right"/>.</summary>
    public static byte[] Drawn(SKEncodedImageFormat format, int width, int height, SKColor left, SKColor right, int quality = 95)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var leftPaint = new SKPaint { Color = left };
            using var rightPaint = new SKPaint { Color = right };
            canvas.DrawRect(0, 0, width / 2f, height, leftPaint);
            canvas.DrawRect(width / 2f, 0, width - width / 2f, height, rightPaint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    public static byte[] Jpeg(int width = 8, int height = 8) => Drawn(SKEncodedImageFormat.Jpeg, width, height, SKColors.Teal, SKColors.Orange);

    public static byte[] WebP(int width = 8, int height = 8) => Drawn(SKEncodedImageFormat.Webp, width, height, SKColors.Teal, SKColors.Orange);

    /// <summary>A one-frame 1 × 1 GIF with a two-colour palette.</summary>
    public static byte[] Gif() => [.. GifHeader(), .. GifFrame(), 0x3B];

    /// <summary>Two frames, looping: an animation.</summary>
    public static byte[] AnimatedGif() =>
        [.. GifHeader(), 0x21, 0xFF, 0x0B, .. "NETSCAPE2.0"u8, 0x03, 0x01, 0x00, 0x00, 0x00, .. GifFrame(), .. GifFrame(), 0x3B];

    /// <summary>A GIF carrying a page in a comment extension and another after its trailer.</summary>
    public static byte[] GifWithHtml()
    {
        var html = Encoding.UTF8.GetBytes(Html);
        return [.. GifHeader(), 0x21, 0xFE, (byte)html.Length, .. html, 0x00, .. GifFrame(), 0x3B, .. html];
    }

    /// <summary>A JPEG carrying a page in a comment segment and another after its end marker.</summary>
    public static byte[] JpegWithHtml()
    {
        var jpeg = Jpeg(16, 16);
        return [.. InsertSegment(jpeg, 0xFE, Encoding.UTF8.GetBytes(Html)), .. Encoding.UTF8.GetBytes(Html)];
    }

    /// <summary>
    /// A camera-style JPEG: an APP1 Exif segment with a description, a GPS position (Eiffel Tower) and an
    /// orientation, spliced into a Skia-encoded picture whose pixels lie on their side.
    /// </summary>
    public static byte[] JpegWithExif(int width, int height, ushort orientation, string description) =>
        InsertSegment(Drawn(SKEncodedImageFormat.Jpeg, width, height, SKColors.Red, SKColors.Blue), 0xE1, Exif.Build(orientation, description));

    public static byte[] PngHeaderWithHtml() => [.. Png().AsSpan(0, 33), .. Encoding.UTF8.GetBytes(Html)];

    public static byte[] Svg() => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>");

    /// <summary>A valid PNG padded with an ancillary chunk to exactly <paramref name="size"/> bytes.</summary>
    public static byte[] PngOfSize(int size)
    {
        var small = Png();
        var padding = size - small.Length - 12;
        var png = new MemoryStream();
        png.Write(small.AsSpan(0, 33));
        Chunk(png, "tEXt", new byte[padding]);
        png.Write(small.AsSpan(33));
        return png.ToArray();
    }

    /// <summary>Decodes a stored variant the way a browser would, to look at its size and pixels.</summary>
    public static SKBitmap Decode(byte[] bytes) => SKBitmap.Decode(bytes) ?? throw new InvalidOperationException("not an image");

    private static byte[] InsertSegment(byte[] jpeg, byte marker, byte[] payload)
    {
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(payload.Length + 2));
        return [.. jpeg.AsSpan(0, 2), 0xFF, marker, .. length, .. payload, .. jpeg.AsSpan(2)];
    }

    private static byte[] GifHeader() => [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xE0, 0x58, 0x0C, 0x0E, 0x74, 0x90];

    private static byte[] GifFrame() =>
        [0x21, 0xF9, 0x04, 0x04, 0x0A, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00];

    private static byte[] Deflate(byte[] raw)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        return compressed.ToArray();
    }

    private static byte[] PngOf(int width, int height, byte bitDepth, byte colourType, byte[] idat)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = bitDepth;
        header[9] = colourType;

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        stream.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        stream.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        stream.Write(crc);
    }

    // PNG's CRC-32 (ISO 3309), bitwise: the test images are small.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
