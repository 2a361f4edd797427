namespace DevConnect.Domain.Moderation;

/// <summary>What a member can report. The item's key is its id (a profile's is its user id).</summary>
public enum ReportedItemKind
{
    Project = 0,
    Profile = 1,
    ApplicationMessage = 2,
    ChatMessage = 3,
}

public enum ReportReason
{
    Spam = 0,
    Harassment = 1,
    Inappropriate = 2,
    Scam = 3,
    Other = 4,
}

public enum ReportStatus
{
    Open = 0,
    Dismissed = 1,
    Actioned = 2,
}

/// <summary>Every kind of row in the audit log.</summary>
public enum ModerationActionKind
{
    Dismiss = 0,
    Hide = 1,
    Restore = 2,
    Warn = 3,
    Suspend = 4,
    LiftSuspension = 5,
    Approve = 6,
    Reject = 7,
    GrantModerator = 8,
    RemoveModerator = 9,
}

/// <summary>The moderation queue changed (a report, a held item, an action): every open dashboard reloads it.</summary>
public sealed record ModerationQueueChanged(string Reason);

public static class ModerationKeys
{
    /// <summary>The live key every moderator's dashboard listens to.</summary>
    public const string Queue = "moderation";
}

public static class ModerationErrors
{
    public const string ReasonRequired = "ModerationReasonRequired";
    public const string DetailsTooLong = "ModerationDetailsTooLong";
    public const string ItemNotFound = "ModerationItemNotFound";
    public const string OwnItem = "ModerationOwnItem";
    public const string AlreadyReported = "ModerationAlreadyReported";
    public const string NotModerator = "ModerationNotModerator";
    public const string NotAdministrator = "ModerationNotAdministrator";
    public const string Self = "ModerationSelf";
    public const string NotSuspended = "ModerationNotSuspended";
    public const string NotHidden = "ModerationNotHidden";
    public const string NotHeld = "ModerationNotHeld";
    public const string UserNotFound = "ModerationUserNotFound";
    public const string DurationInvalid = "ModerationDurationInvalid";
    public const string NotOpen = "ModerationNotOpen";

    internal static Accounts.FieldError Error(string field, string code, string message) => new(field, code, message);
}
