using DevConnect.App.Components.Shared;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Components.Projects;

/// <summary>
/// A project card's HTML, built once per card read and language and shared by every page and circuit that shows it.
/// Open feeds with the same filters hold the same card views (<see cref="SharedProjectReads"/>), so when a project is
/// published a thousand feeds send the one string built by the first, instead of each building, diffing and keeping
/// the card's eighty render-tree frames (tools/CircuitLoad, docs/PERFORMANCE.md). See <see cref="KeptMarkup{TView}"/>.
/// </summary>
public static class CardMarkup
{
    /// <summary>The card in the current culture (texts and the stars' number format) with this app's asset addresses.</summary>
    public static string For(ProjectCardView project, IStringLocalizer l, ResourceAssetCollection assets) =>
        KeptMarkup<ProjectCardView>.For(project, assets, view => ProjectCard.Card(l, assets)(view));

    /// <summary>The same card as one markup frame, for a list rendered inline.</summary>
    public static MarkupString Markup(ProjectCardView project, IStringLocalizer l, ResourceAssetCollection assets) =>
        new(For(project, l, assets));
}
