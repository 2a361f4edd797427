namespace DevConnect.App.Resources;

/// <summary>Anchor type for the one resource file every component reads through IStringLocalizer.</summary>
public sealed class SharedResource;
