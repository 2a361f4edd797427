namespace DevConnect.Domain.Moderation;

public sealed record QueueReport(int Id, string ReporterName, string ReporterHandle, ReportReason Reason, string? Details, DateTime CreatedAtUtc);

public sealed record HistoryEntry(ModerationActionKind Action, ReportedItemKind? ItemKind, string? Reason, DateTime AtUtc);

/// <summary>What the moderators know of a member: closed reports about them, past actions, and any suspension.</summary>
public sealed record MemberHistory(
    string UserId, string DisplayName, string Handle, int ClosedReports, IReadOnlyList<HistoryEntry> Actions, bool IsSuspended, DateTime? SuspendedUntilUtc);

/// <summary>One item in the queue: its content as its author wrote it, every open report about it, and its author's history.</summary>
public sealed record QueueItem(
    ReportedItemKind Kind,
    string ItemId,
    string Title,
    string Content,
    string? Link,
    bool HeldForReview,
    string? HiddenReason,
    IReadOnlyList<QueueReport> Reports,
    MemberHistory Author)
{
    public string Key => $"{Kind}:{ItemId}";
}

public sealed record AuditRow(
    long Id, string ActorName, ModerationActionKind Action, string? TargetName, string? TargetHandle, ReportedItemKind? ItemKind, string? ItemId, string? Reason, DateTime AtUtc);

public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

public sealed record SuspendedMember(string UserId, string DisplayName, string Handle, DateTime? UntilUtc, string? Reason);
