using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace DevConnect.App.Components.Shared;

/// <summary>
/// MudBlazor's look without MudBlazor's components, for the parts of the shell and the feed that every circuit
/// renders. Each component instance costs a circuit two render-tree buffers, parameter state and an attribute
/// dictionary (about 4 KB, measured with tools/CircuitLoad); a link styled as a button needs none of that. The
/// markup and class names are MudBlazor's own, so the stylesheet and the themes apply unchanged.
/// </summary>
public static class Plain
{
    private enum Slot
    {
        None,
        Start,
        End,
    }

    // Built once per icon, size and slot, shared by every circuit; the factory is static so a cache hit (every render)
    // allocates nothing.
    private static readonly ConcurrentDictionary<(Slot Slot, string Icon, string Size, string? Extra), MarkupString> Markup = new();

    /// <summary>
    /// A Material icon as MudIcon draws it (decorative: hidden from screen readers). It lands in the render tree as
    /// one markup frame.
    /// </summary>
    public static MarkupString Icon(string icon, string size = "medium", string? extraClass = null) =>
        Markup.GetOrAdd((Slot.None, icon, size, extraClass), Build);

    // A page writes a dozen buttons; each set of classes is built once.
    private static readonly ConcurrentDictionary<(string Variant, string Color, string Size, string? Extra), string> ButtonClasses = new();

    /// <summary>The classes of a MudButton with the given variant ("text", "outlined", "filled"), colour and size.</summary>
    public static string Button(string variant = "text", string color = "inherit", string size = "medium", string? extra = null) =>
        ButtonClasses.GetOrAdd((variant, color, size, extra), static key => BuildButton(key.Variant, key.Color, key.Size, key.Extra));

    private static string BuildButton(string variant, string color, string size, string? extra) =>
        $"mud-button-root mud-button mud-button-{variant} mud-button-{variant}-{color} mud-button-{variant}-size-{size} mud-ripple"
        + (variant == "filled" ? " mud-button-disable-elevation" : "")
        + (extra is null ? "" : " " + extra);

    /// <summary>The classes of a MudIconButton in the app bar.</summary>
    public static string IconButton(string? extra = null) =>
        "mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover mud-ripple mud-ripple-icon" + (extra is null ? "" : " " + extra);

    /// <summary>The start-icon slot of a MudButton, holding <see cref="Icon"/>.</summary>
    public static MarkupString StartIcon(string icon, string size = "medium") => Markup.GetOrAdd((Slot.Start, icon, size, null), Build);

    /// <summary>The end-icon slot of a MudButton, holding <see cref="Icon"/>.</summary>
    public static MarkupString EndIcon(string icon, string size = "medium") => Markup.GetOrAdd((Slot.End, icon, size, null), Build);

    private static MarkupString Build((Slot Slot, string Icon, string Size, string? Extra) key)
    {
        var extra = key.Extra is null ? "" : " " + key.Extra;
        var svg = $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{key.Size}{extra}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{key.Icon}</svg>";
        return new MarkupString(key.Slot switch
        {
            Slot.Start => $"<span class=\"mud-button-icon-start mud-button-icon-size-{key.Size}\">{svg}</span>",
            Slot.End => $"<span class=\"mud-button-icon-end mud-button-icon-size-{key.Size}\">{svg}</span>",
            _ => svg,
        });
    }
}
