namespace DevConnect.App.Components.Layout;

/// <summary>
/// What the shell needs to know about the page it wraps: the theme, and whether the page is interactive
/// (account pages are static forms, where menus and drawers cannot open).
/// </summary>
public sealed record UiPreferences(bool DarkMode, bool IsInteractive);
