namespace DevConnect.App.Components.Shared;

/// <summary>
/// Codes for failures below the domain's rules (<see cref="SaveFailures"/>): the app, not the domain, says these,
/// localized like the domain's codes ("Error." + code in the resources).
/// </summary>
public static class SaveErrors
{
    public const string NotSaved = "NotSaved";
    public const string NotSent = "NotSent";
}
