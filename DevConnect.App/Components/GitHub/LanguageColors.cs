namespace DevConnect.App.Components.GitHub;

/// <summary>Colours for the language bar, close to the ones developers know from GitHub.</summary>
public static class LanguageColors
{
    private static readonly Dictionary<string, string> _colors = new(StringComparer.Ordinal)
    {
        ["csharp"] = "#178600", ["fsharp"] = "#b845fc", ["cpp"] = "#f34b7d", ["c"] = "#555555", ["javascript"] = "#f1e05a",
        ["typescript"] = "#3178c6", ["python"] = "#3572A5", ["java"] = "#b07219", ["kotlin"] = "#A97BFF", ["go"] = "#00ADD8",
        ["rust"] = "#dea584", ["ruby"] = "#701516", ["php"] = "#4F5D95", ["swift"] = "#F05138", ["dart"] = "#00B4AB",
        ["elixir"] = "#6e4a7e", ["haskell"] = "#5e5086", ["scala"] = "#c22d40", ["shell"] = "#89e051", ["html"] = "#e34c26",
        ["css"] = "#563d7c", ["r"] = "#198CE7", ["zig"] = "#ec915c", ["lua"] = "#000080", ["sql"] = "#e38c00",
    };

    private static readonly string[] _fallback = ["#6366F1", "#14B8A6", "#F59E0B", "#EC4899", "#64748B"];

    public static string For(string tag) =>
        _colors.TryGetValue(tag, out var color) ? color : _fallback[(int)((uint)StringComparer.Ordinal.GetHashCode(tag) % (uint)_fallback.Length)];
}
