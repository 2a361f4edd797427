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
    public const string BioLength = "ProfileBioLength";
    public const string LocationLength = "ProfileLocationLength";
    public const string TimeZoneUnknown = "ProfileTimeZoneUnknown";
    public const string HoursRange = "ProfileHoursRange";
    public const string TooManySkills = "ProfileTooManySkills";
    public const string SkillInvalid = "ProfileSkillInvalid";
    public const string TooManyToLearn = "ProfileTooManyToLearn";
    public const string ToLearnInvalid = "ProfileToLearnInvalid";
    public const string EntryRequired = "ProfileEntryRequired";
    public const string EntryTooLong = "ProfileEntryTooLong";
    public const string DatesInvalid = "ProfileDatesInvalid";
    public const string TooManyEntries = "ProfileTooManyEntries";
    public const string LinkInvalid = "ProfileLinkInvalid";
    public const string AvatarInvalid = "ProfileAvatarInvalid";
    public const string NotYours = "ProfileNotYours";
    public const string NotFound = "ProfileNotFound";
    public const string Conflict = "ProfileEditConflict";
}
