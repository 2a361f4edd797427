using DevConnect.App.Resources;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Components.Projects;

/// <summary>
/// A card in a live list (the feed, the home page's latest projects) that renders only when its card changed.
/// When a project is published, every open feed re-reads its page and re-renders: as inline markup, each of a
/// thousand circuits rebuilt and diffed all twelve cards to send one new card (measured with tools/CircuitLoad).
/// Here the eleven cards already shown compare equal and skip their render, so a circuit builds only the newcomer,
/// and that as one markup frame holding the card's HTML, built once for every circuit (<see cref="CardMarkup"/>).
/// A bare <see cref="IComponent"/>, not a ComponentBase: no lifecycle state, since every open feed holds twelve.
/// </summary>
public sealed class FeedCard : IComponent
{
    private RenderHandle _handle;
    private ProjectCardView? _shown;

    [Parameter, EditorRequired]
    public ProjectCardView Project { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> L { get; set; } = default!;

    public void Attach(RenderHandle renderHandle) => _handle = renderHandle;

    public Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        if (_shown is null || !SameCard(_shown, Project))
        {
            var html = CardMarkup.For(_shown = Project, L, _handle.Assets);
            _handle.Render(builder => builder.AddMarkupContent(0, html));
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Whether two reads of a card show the same thing. Each read builds new views, so reference equality says
    /// nothing; the record's own equality compares everything but the tag list, which is compared item by item.
    /// The organization (name, handle, badge) is a record of values, so a renamed or newly verified organization,
    /// or a project moved to another, is a different card and renders.
    /// </summary>
    public static bool SameCard(ProjectCardView shown, ProjectCardView next) =>
        ReferenceEquals(shown, next)
        || (shown.Tags.SequenceEqual(next.Tags) && shown == next with { Tags = shown.Tags });
}
