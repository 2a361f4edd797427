using System.Globalization;
using System.Text;

namespace DevConnect.Domain.Profiles;

/// <summary>
/// The public name in a profile URL (<c>/u/{handle}</c>): 3–30 lowercase letters, digits and single hyphens,
/// starting with a letter. Stored normalised so uniqueness is a plain unique index.
/// </summary>
public static class Handle
{
    public const int MinLength = 3;
    public const int MaxLength = 30;

    // Words that are, or may become, routes or would impersonate the team.
    private static readonly HashSet<string> _reserved = new(StringComparer.Ordinal)
    {
        "admin", "administrator", "account", "accounts", "api", "app", "applications", "auth", "devconnect",
        "edit", "health", "help", "login", "logout", "me", "my", "new", "notifications", "people", "profile",
        "profiles", "projects", "register", "root", "settings", "staff", "support", "system", "team", "u",
    };

    public static string Normalize(string? value) => (value ?? "").Trim().ToLowerInvariant();

    /// <summary>Returns null when <paramref name="normalized"/> is acceptable, otherwise an error code.</summary>
    public static string? Validate(string normalized)
    {
        if (normalized.Length is < MinLength or > MaxLength)
        {
            return ProfileErrors.HandleLength;
        }

        if (!char.IsAsciiLetterLower(normalized[0]) || normalized[^1] == '-' || normalized.Contains("--", StringComparison.Ordinal)
            || normalized.Any(c => !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-'))
        {
            return ProfileErrors.HandleFormat;
        }

        return _reserved.Contains(normalized) ? ProfileErrors.HandleReserved : null;
    }

    /// <summary>A valid handle derived from a display name ("Zoé Martin" → "zoe-martin"), before uniqueness.</summary>
    public static string Suggest(string? displayName)
    {
        var builder = new StringBuilder();
        foreach (var c in Normalize(displayName).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var suggestion = builder.ToString().Trim('-');
        if (suggestion.Length == 0 || !char.IsAsciiLetterLower(suggestion[0]))
        {
            suggestion = "dev-" + suggestion;
        }

        // Leave room for a "-NN" suffix, and cut at a word boundary rather than mid-word.
        if (suggestion.Length > MaxLength - 4)
        {
            var cut = suggestion[..(MaxLength - 4)];
            var lastHyphen = cut.LastIndexOf('-');
            suggestion = suggestion[MaxLength - 4] != '-' && lastHyphen >= MinLength ? cut[..lastHyphen] : cut;
        }

        suggestion = suggestion.TrimEnd('-');
        if (suggestion.Length < MinLength || _reserved.Contains(suggestion))
        {
            suggestion = "dev-" + suggestion;
        }

        return suggestion.TrimEnd('-');
    }
}
