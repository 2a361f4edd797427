using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;

namespace DevConnect.App.Components.Shared;

/// <summary>
/// HTML built once per view object and language, and shared by every page and circuit that shows that view. Lists
/// whose views come from a shared read (the feed's cards, the people directory) hand the same objects to every
/// visitor, so each card is written once instead of on every request: as Razor, a card is some eighty render-tree
/// frames to build, diff and, on a prerendered page, a few hundred separate writes into Blazor's response buffer
/// (a trace of the signed-in home page put those buffers at two fifths of everything it allocated). Keyed by the view
/// itself (a weak reference): a new read after a change makes new views and new strings, and both go when nothing
/// holds the view.
/// </summary>
public static class KeptMarkup<TView> where TView : class
{
    private const int MaxVariants = 8;
    private static readonly ConditionalWeakTable<TView, Variants> Built = new();

    /// <summary>
    /// The view's HTML in the current culture (texts and number formats) with these asset addresses. The fragment must
    /// be plain markup (see <see cref="StaticMarkup"/>) and depend on nothing but the view, the culture and the assets.
    /// </summary>
    public static string For(TView view, ResourceAssetCollection assets, Func<TView, RenderFragment> fragment)
    {
        var variants = Built.GetValue(view, _ => new Variants());
        var key = (CultureInfo.CurrentUICulture.Name, CultureInfo.CurrentCulture.Name, assets);
        // Read without a lock: a thousand feeds look up the same card at once when it is published, and a lock taken
        // by each of them was contended (a CPU trace showed the threads spinning on it). Adding copies the array.
        foreach (var (builtFor, html) in Volatile.Read(ref variants.Html))
        {
            if (builtFor == key)
            {
                return html;
            }
        }

        var built = StaticMarkup.Render(fragment(view));
        lock (variants)
        {
            // Bounded whatever callers pass: beyond a few variants a card is built per render rather than kept.
            // Rarely more than two languages per card: a small array is smaller than a dictionary per card.
            if (variants.Html.Length < MaxVariants && !variants.Html.Any(v => v.Key == key))
            {
                Volatile.Write(ref variants.Html, [.. variants.Html, (key, built)]);
            }
        }

        return built;
    }

    private sealed class Variants
    {
        public ((string Ui, string Format, ResourceAssetCollection Assets) Key, string Html)[] Html = [];
    }
}
