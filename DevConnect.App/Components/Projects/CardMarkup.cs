using System.Globalization;
using System.Runtime.CompilerServices;
using DevConnect.App.Components.Shared;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Components.Projects;

/// <summary>
/// A project card's HTML, built once per card read and language and shared by every circuit that shows it.
/// Open feeds with the same filters hold the same card views (<see cref="SharedProjectReads"/>), so when a project is
/// published a thousand feeds send the one string built by the first, instead of each building, diffing and keeping
/// the card's eighty render-tree frames (tools/CircuitLoad, docs/PERFORMANCE.md). Keyed by the view itself (a weak
/// reference): a new read after a change makes new views and new strings, and both go when no feed holds the view.
/// </summary>
public static class CardMarkup
{
    private const int MaxVariants = 8;
    private static readonly ConditionalWeakTable<ProjectCardView, Variants> Built = new();

    /// <summary>The card in the current culture (texts and the stars' number format) with this app's asset addresses.</summary>
    public static string For(ProjectCardView project, IStringLocalizer l, ResourceAssetCollection assets)
    {
        var variants = Built.GetValue(project, _ => new Variants());
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

        var built = StaticMarkup.Render(ProjectCard.Card(l, assets)(project));
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
