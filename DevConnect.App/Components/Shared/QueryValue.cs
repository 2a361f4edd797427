using System.Globalization;

namespace DevConnect.App.Components.Shared;

/// <summary>
/// Pages read numbers and flags from the address as text and parse them here: a typed [SupplyParameterFromQuery]
/// throws on <c>?page=abc</c>, and a hand-edited or truncated address deserves the default, not a server error.
/// </summary>
public static class QueryValue
{
    public static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static bool? Flag(string? text) => bool.TryParse(text, out var flag) ? flag : null;
}
