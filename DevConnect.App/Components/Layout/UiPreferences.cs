using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace DevConnect.App.Components.Layout;

/// <summary>
/// What the shell needs to know about the page it wraps: the theme, and whether the page is interactive
/// (account pages are static forms, where menus and drawers cannot open; /, /projects and project pages are static
/// around their live islands).
/// </summary>
public sealed record UiPreferences(bool DarkMode, bool IsInteractive)
{
    /// <summary>
    /// How the shell's live counts (the bell, pending applications) render: inside the page's circuit, or, on a page
    /// rendered without one, as interactive islands of their own so they stay live there too.
    /// </summary>
    public IComponentRenderMode? LiveIsland => IsInteractive ? null : RenderMode.InteractiveServer;
}
