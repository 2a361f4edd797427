using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DevConnect.Domain.Media;

namespace DevConnect.Tests.Infrastructure;

/// <summary>Real, decodable images made in memory (and a few fakes) for upload tests.</summary>
public static class TestImages
{
    /// <summary>A solid-colour RGB PNG that any browser can display.</summary>
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

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = 2;

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static byte[] Gif() => [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B];

    public static byte[] WebP()
    {
        byte[] body = [.. "WEBP"u8, .. "VP8L"u8, 0x0A, 0x00, 0x00, 0x00, 0x2F, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88];
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)body.Length);
        return [.. "RIFF"u8, .. size, .. body];
    }

    /// <summary>A PNG signature and header in front of an HTML page: a polyglot that must be refused.</summary>
    public static byte[] PngHeaderWithHtml() =>
        [.. Png().AsSpan(0, 33), .. Encoding.UTF8.GetBytes("<html><body><script>alert(document.cookie)</script></body></html>")];

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

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        stream.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        stream.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, ImageFormats.Crc32(typed));
        stream.Write(crc);
    }
}
