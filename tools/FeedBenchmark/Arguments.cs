using System.Globalization;

namespace DevConnect.FeedBenchmark;

internal static class Arguments
{
    /// <summary>A comma-separated list of integers after <paramref name="name"/>, or the default.</summary>
    public static int[] Ints(string[] args, string name, int[] fallback)
    {
        var at = Array.IndexOf(args, name);
        return at < 0 || at + 1 >= args.Length
            ? fallback
            : args[at + 1].Split(',').Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>The word after <paramref name="name"/>, or null.</summary>
    public static string? Text(string[] args, string name) =>
        Array.IndexOf(args, name) is var at && at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
