using System.Buffers.Binary;
using System.Text;

namespace DevConnect.Tests.Infrastructure;

/// <summary>The APP1 payload a phone writes: "Exif", a little-endian TIFF header, IFD0 and a GPS IFD.</summary>
public static class Exif
{
    /// <summary>48° 51′ 29.52″ N as three TIFF rationals, exactly as stored: a test looks for these bytes in the output.</summary>
    public static byte[] Latitude { get; } = Rationals((48, 1), (51, 1), (2952, 100));

    public static byte[] Build(ushort orientation, string description)
    {
        var text = Encoding.ASCII.GetBytes(description + "\0");
        var textLength = (text.Length + 1) / 2 * 2;
        const int ifd0 = 8;
        const int ifd0Size = 2 + 3 * 12 + 4;
        var textAt = ifd0 + ifd0Size;
        var gpsAt = textAt + textLength;
        const int gpsSize = 2 + 4 * 12 + 4;
        var latitudeAt = gpsAt + gpsSize;
        var longitudeAt = latitudeAt + 24;

        var tiff = new byte[longitudeAt + 24];
        tiff[0] = (byte)'I';
        tiff[1] = (byte)'I';
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), ifd0);

        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(ifd0), 3);
        Entry(tiff, ifd0 + 2, tag: 0x010E, type: 2, count: (uint)text.Length, value: (uint)textAt);
        Entry(tiff, ifd0 + 14, tag: 0x0112, type: 3, count: 1, value: orientation);
        Entry(tiff, ifd0 + 26, tag: 0x8825, type: 4, count: 1, value: (uint)gpsAt);
        text.CopyTo(tiff, textAt);

        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(gpsAt), 4);
        Entry(tiff, gpsAt + 2, tag: 1, type: 2, count: 2, value: 'N');
        Entry(tiff, gpsAt + 14, tag: 2, type: 5, count: 3, value: (uint)latitudeAt);
        Entry(tiff, gpsAt + 26, tag: 3, type: 2, count: 2, value: 'E');
        Entry(tiff, gpsAt + 38, tag: 4, type: 5, count: 3, value: (uint)longitudeAt);
        Latitude.CopyTo(tiff, latitudeAt);
        Rationals((2, 1), (17, 1), (4020, 100)).CopyTo(tiff, longitudeAt);

        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static void Entry(byte[] tiff, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 4), count);
        // A SHORT or a two-character ASCII value sits in the first bytes of the field, as TIFF says.
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 8), value);
    }

    private static byte[] Rationals(params (uint Numerator, uint Denominator)[] values)
    {
        var bytes = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 8), values[i].Numerator);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 8 + 4), values[i].Denominator);
        }

        return bytes;
    }
}
