using System.Globalization;

namespace DevConnect.CircuitLoad;

internal static class Arguments
{
    public static string? Text(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at < 0 || at + 1 >= args.Length ? null : args[at + 1];
    }

    public static int Int(string[] args, string name, int fallback) =>
        Text(args, name) is { } text ? int.Parse(text.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;
}
