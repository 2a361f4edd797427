using System.Security.Cryptography;
using System.Text;

namespace DevConnect.Domain.Safety;

/// <summary>
/// A short key for a message's text with case and spacing ignored, stored on each message so that the same text sent
/// to many people is found with one indexed query rather than by reading every body.
/// </summary>
public static class MessageFingerprint
{
    public const int Length = 22;

    public static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static string Of(string? text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text)));
        return Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
