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
        // Rarely more than two languages per card: a list under a lock is smaller than a dictionary per card.
        lock (variants)
        {
            foreach (var (builtFor, html) in variants.Html)
            {
                if (builtFor == key)
                {
                    return html;
                }
            }
        }

        var built = StaticMarkup.Render(ProjectCard.Card(l, assets)(project));
        lock (variants)
        {
            // Bounded whatever callers pass: beyond a few variants a card is built per render rather than kept.
            if (variants.Html.Count < MaxVariants)
            {
                variants.Html.Add((key, built));
            }
        }

        return built;
    }

    private sealed class Variants
    {
        public List<((string Ui, string Format, ResourceAssetCollection Assets) Key, string Html)> Html { get; } = new(1);
    }
}
