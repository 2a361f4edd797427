namespace DevConnect.App.Infrastructure;

/// <summary>
/// Which return addresses the app will redirect to: paths on this site only. Anything else (another host, a
/// protocol-relative <c>//host</c>, a browser-normalised <c>/\host</c>, a scheme, control characters that browsers
/// strip before resolving) falls back to the home page instead of becoming an open redirect or a server error.
/// </summary>
public static class LocalUrls
{
    /// <summary>A site-absolute path such as <c>/projects?page=2</c>.</summary>
    public static bool IsLocalPath(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || url[1] is not '/' and not '\\') && IsPlain(url);

    /// <summary>A path relative to the base (<c>Account/Lockout</c>) or site-absolute; never one with a scheme or host.</summary>
    public static bool IsLocalReference(string? url) =>
        url is not null && (url.Length == 0 || IsLocalPath(url) || (url[0] is not '/' and not '\\' && IsPlain(url) && !HasScheme(url)));

    /// <summary><paramref name="url"/> when it is a local path, else the home page.</summary>
    public static string PathOrHome(string? url) => IsLocalPath(url) ? url! : "/";

    // Whitespace too: URI resolution trims it, so " //evil.example" would become a protocol-relative address.
    private static bool IsPlain(string url) => !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');

    // "javascript:x" or "https:evil": a colon before the first slash, question mark or hash starts a scheme.
    private static bool HasScheme(string url)
    {
        var end = url.IndexOfAny(['/', '?', '#']);
        return url.AsSpan(0, end < 0 ? url.Length : end).Contains(':');
    }
}
