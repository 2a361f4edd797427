namespace DevConnect.Domain.Accounts.Sessions;

/// <summary>Turns a user agent into "Firefox on Windows": what a person recognises in a list of their devices.</summary>
public static class DeviceDescription
{
    // Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
    private static readonly (string Token, string Name)[] _browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"), ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"), ("Chromium/", "Chromium"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] _systems =
    [
        ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Android", "Android"), ("CrOS", "ChromeOS"), ("Windows", "Windows"),
        ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    public const string Unknown = "Unknown browser";

    public static string FromUserAgent(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return Unknown;
        }

        var browser = First(_browsers, userAgent);
        var system = First(_systems, userAgent);
        return (browser, system) switch
        {
            (null, null) => Unknown,
            (null, _) => $"{Unknown} on {system}",
            (_, null) => browser,
            _ => $"{browser} on {system}",
        };
    }

    private static string? First((string Token, string Name)[] candidates, string userAgent) =>
        candidates.FirstOrDefault(c => userAgent.Contains(c.Token, StringComparison.OrdinalIgnoreCase)).Name;
}
