namespace DevConnect.Domain.Profiles;

/// <summary>Error codes the UI turns into localized messages at the field that caused them.</summary>
public static class ProfileErrors
{
    public const string DisplayNameRequired = "DisplayNameRequired";
    public const string DisplayNameLength = "DisplayNameLength";
    public const string HandleLength = "HandleLength";
    public const string HandleFormat = "HandleFormat";
    public const string HandleReserved = "HandleReserved";
    public const string HandleTaken = "HandleTaken";
    public const string HeadlineLength = "HeadlineLength";
}
