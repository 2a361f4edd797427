using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace DevConnect.App.Components.Shared;

/// <summary>
/// Parts of the shell that read the same for every visitor in a language (the navigation, the footer), built once as
/// HTML and written as one markup frame. As Razor each link is a dozen frames to build and, on a prerendered page,
/// dozens of separate writes into Blazor's response buffer; a trace of a signed-in page put those buffers at a third
/// of everything the request allocated (docs/PERFORMANCE.md). Only whole elements go in a part, so a circuit that
/// renders it (the phone drawer) inserts well-formed markup.
/// </summary>
public static class SharedMarkup
{
    private static readonly ConcurrentDictionary<(string Part, int Variant, string Culture), MarkupString> Built = new();

    /// <summary>
    /// The part in the current language. <paramref name="variant"/> tells the part's few forms apart (signed in or
    /// not, the page you are on) and must come from a small, fixed set; the fragment must be plain markup (see
    /// <see cref="StaticMarkup"/>) depending on nothing else. <paramref name="state"/> is handed to the static
    /// <paramref name="build"/> so that a hit allocates nothing.
    /// </summary>
    public static MarkupString Get<TState>(string part, int variant, TState state, Func<TState, int, RenderFragment> build) =>
        Built.TryGetValue((part, variant, CultureInfo.CurrentUICulture.Name), out var markup)
            ? markup
            : Built.GetOrAdd((part, variant, CultureInfo.CurrentUICulture.Name), new MarkupString(StaticMarkup.Render(build(state, variant))));
}
