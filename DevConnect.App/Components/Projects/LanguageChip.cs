using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace DevConnect.App.Components.Projects;

/// <summary>
/// One language chip of the feed's filters, which renders alone when its count changes. A published project changes
/// one or two counts: <see cref="LanguageFilter"/> hands each chip its new count (<see cref="Show"/>) instead of
/// rendering the list, so each of a thousand open feeds builds and diffs one button, not fourteen
/// (tools/CircuitLoad, docs/PERFORMANCE.md). A bare <see cref="IComponent"/>, not a ComponentBase: no lifecycle
/// state, since every open feed holds fourteen.
/// </summary>
public sealed class LanguageChip : IComponent
{
    // The label and count as one markup frame, built once per count for every open feed (the count lists are shared).
    private static readonly ConditionalWeakTable<LanguageCount, string> Contents = new();

    private RenderHandle _handle;
    private RenderFragment? _build;
    private LanguageCount? _shown;
    private bool _shownSelected;

    [Parameter, EditorRequired]
    public LanguageCount Language { get; set; } = default!;

    [Parameter]
    public bool Selected { get; set; }

    [Parameter, EditorRequired]
    public EventCallback OnClick { get; set; }

    public void Attach(RenderHandle renderHandle) => _handle = renderHandle;

    public Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        Show(Language);
        return Task.CompletedTask;
    }

    /// <summary>The chip's language with a new count; renders only if the chip would look different.</summary>
    public void Show(LanguageCount language)
    {
        Language = language;
        if (_shown == language && _shownSelected == Selected)
        {
            return;
        }

        (_shown, _shownSelected) = (language, Selected);
        _handle.Render(_build ??= Build);
    }

    private void Build(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "button");
        builder.AddAttribute(1, "type", "button");
        builder.AddAttribute(2, "class", Selected ? "dc-chip dc-chip-on" : "dc-chip");
        builder.AddAttribute(3, "aria-pressed", Selected ? "true" : "false");
        builder.AddAttribute(4, "data-lang", Language.Tag.Key);
        builder.AddAttribute(5, "onclick", OnClick);
        builder.AddMarkupContent(6, Contents.GetValue(Language, static l =>
            $"{HtmlEncoder.Default.Encode(l.Tag.Label)} <span class=\"dc-chip-count\">{l.Count.ToString(CultureInfo.InvariantCulture)}</span>"));
        builder.CloseElement();
    }
}
