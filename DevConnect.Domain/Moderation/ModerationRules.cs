using DevConnect.Domain.Persistence;

namespace DevConnect.Domain.Moderation;

/// <summary>The checks and the audit row every moderator action shares.</summary>
internal static class ModerationRules
{
    public const string ReasonField = "Reason";

    public static readonly DomainResult Done = new([]);

    public static async Task<DomainResult?> RefuseActorAsync(DevConnectDbContext db, ModerationAccess access, string actorId, CancellationToken ct) =>
        await access.IsModeratorAsync(db, actorId, ct)
            ? null
            : Refused("", ModerationErrors.NotModerator, "Only moderators can do this.");

    public static DomainResult Refused(string field, string code, string message) => new([ModerationErrors.Error(field, code, message)]);

    public static DomainResult SelfRefusal() =>
        Refused("", ModerationErrors.Self, "Moderators do not act on their own account or content: ask another moderator.");

    /// <summary>A reason the member will read: required, trimmed, at most <see cref="AuditEntry.ReasonMaxLength"/> characters.</summary>
    public static (string? Reason, DomainResult? Error) Reason(string? reason)
    {
        var trimmed = reason?.Trim();
        return trimmed switch
        {
            null or "" => (null, Refused(ReasonField, ModerationErrors.ReasonRequired, "Give a reason: the member will read it.")),
            { Length: > AuditEntry.ReasonMaxLength } => (null, Refused(ReasonField, ModerationErrors.DetailsTooLong, $"Keep the reason under {AuditEntry.ReasonMaxLength} characters.")),
            _ => (trimmed, null),
        };
    }

    public static void Audit(DevConnectDbContext db, string actorId, ModerationActionKind action, string? targetUserId,
        ReportedItemKind? kind, string? itemId, string? reason, DateTime nowUtc) =>
        db.ModerationAudit.Add(new AuditEntry(actorId, action, targetUserId, kind, itemId, reason, nowUtc));

    /// <summary>Notification texts are short (300 characters).</summary>
    public static string Clip(string text) => text.Length <= 300 ? text : text[..299] + "…";

    public static string Describe(ReportedItemKind kind) => kind switch
    {
        ReportedItemKind.Project => "project",
        ReportedItemKind.Profile => "profile",
        ReportedItemKind.ApplicationMessage => "application message",
        _ => "message",
    };
}
