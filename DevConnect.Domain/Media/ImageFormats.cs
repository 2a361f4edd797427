using System.Buffers.Binary;

namespace DevConnect.Domain.Media;

public static class ImageErrors
{
    public const string Unsupported = "ImageUnsupported";
    public const string TooLarge = "ImageTooLarge";
    public const string Empty = "ImageEmpty";
}

/// <summary>
/// Recognises PNG, JPEG, WebP and GIF by their bytes, never by file name, and checks their structure from
/// signature to trailer, so a PNG signature in front of HTML (or an SVG renamed .png) is refused.
/// </summary>
public static class ImageFormats
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> PngEnd => [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    /// <summary>The content type of a well-formed image, or null.</summary>
    public static string? Detect(ReadOnlySpan<byte> data)
    {
        if (IsPng(data))
        {
            return "image/png";
        }

        if (IsJpeg(data))
        {
            return "image/jpeg";
        }

        if (IsGif(data))
        {
            return "image/gif";
        }

        return IsWebP(data) ? "image/webp" : null;
    }

    /// <summary>Only the signature: for serving files already checked in full on upload.</summary>
    public static string? SniffContentType(ReadOnlySpan<byte> head) =>
        head.StartsWith(PngSignature) ? "image/png"
        : head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF ? "image/jpeg"
        : head.StartsWith("GIF8"u8) ? "image/gif"
        : head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;

    private static bool IsPng(ReadOnlySpan<byte> data)
    {
        // Signature, then an IHDR chunk of 13 bytes with a valid CRC and sane size, and IEND as the very last chunk.
        if (data.Length < 8 + 25 + 12 || !data.StartsWith(PngSignature) || !data.EndsWith(PngEnd))
        {
            return false;
        }

        var ihdr = data.Slice(8, 25);
        if (BinaryPrimitives.ReadUInt32BigEndian(ihdr) != 13 || !ihdr.Slice(4, 4).SequenceEqual("IHDR"u8))
        {
            return false;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(ihdr[8..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(ihdr[12..]);
        var crc = BinaryPrimitives.ReadUInt32BigEndian(ihdr[21..]);
        return width is > 0 and <= 20_000 && height is > 0 and <= 20_000 && Crc32(ihdr.Slice(4, 17)) == crc
            && WalkPngChunks(data);
    }

    private static bool WalkPngChunks(ReadOnlySpan<byte> data)
    {
        var offset = 8;
        while (offset + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
            if (length > int.MaxValue || offset + 12 + (long)length > data.Length)
            {
                return false;
            }

            var type = data.Slice(offset + 4, 4);
            foreach (var c in type)
            {
                if (!char.IsAsciiLetter((char)c))
                {
                    return false;
                }
            }

            offset += 12 + (int)length;
            if (type.SequenceEqual("IEND"u8))
            {
                return offset == data.Length;
            }
        }

        return false;
    }

    private static bool IsJpeg(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF && data[^2] == 0xFF && data[^1] == 0xD9;

    private static bool IsGif(ReadOnlySpan<byte> data) =>
        data.Length >= 14 && (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8)) && data[^1] == 0x3B;

    private static bool IsWebP(ReadOnlySpan<byte> data) =>
        data.Length >= 20 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8)
        && BinaryPrimitives.ReadUInt32LittleEndian(data[4..]) == data.Length - 8
        && (data[12..16].SequenceEqual("VP8 "u8) || data[12..16].SequenceEqual("VP8L"u8) || data[12..16].SequenceEqual("VP8X"u8));

    // PNG's CRC-32 (ISO 3309), bitwise: it only ever runs over the 17 bytes of a header.
    internal static uint Crc32(ReadOnlySpan<byte> bytes)
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
