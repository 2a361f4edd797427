namespace DevConnect.Domain.Moderation;

/// <summary>
/// A member's report of something they saw. At most one open report per member and item (a unique index over open
/// reports decides a race); a moderator's decision closes it, and it stays as part of the reported member's history.
/// </summary>
public sealed class Report
{
    public const int DetailsMaxLength = 500;

    private Report()
    {
    }

    internal Report(string reporterId, ReportedItemKind kind, string itemId, string authorId, ReportReason reason, string? details, DateTime nowUtc)
    {
        ReporterId = reporterId;
        Kind = kind;
        ItemId = itemId;
        AuthorId = authorId;
        Reason = reason;
        Details = details;
        CreatedAtUtc = nowUtc;
        Status = ReportStatus.Open;
    }

    public int Id { get; private set; }

    public string ReporterId { get; private set; } = "";

    public ReportedItemKind Kind { get; private set; }

    /// <summary>The item's id as text: a project, application or message id, or a profile's user id.</summary>
    public string ItemId { get; private set; } = "";

    /// <summary>Who wrote the reported item: the member whose history it joins.</summary>
    public string AuthorId { get; private set; } = "";

    public ReportReason Reason { get; private set; }

    public string? Details { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public ReportStatus Status { get; private set; }

    public DateTime? ResolvedAtUtc { get; private set; }

    public string? ResolvedById { get; private set; }

    internal void Resolve(ReportStatus status, string moderatorId, DateTime nowUtc)
    {
        Status = status;
        ResolvedById = moderatorId;
        ResolvedAtUtc = nowUtc;
    }
}

/// <summary>
/// One moderator action, as it happened: who, what, on whom or what, when and why. Append-only: nothing in the domain
/// changes or removes a row, and the context refuses to save such a change (<see cref="AuditLogGuard"/>).
/// </summary>
public sealed class AuditEntry
{
    public const int ReasonMaxLength = 500;

    private AuditEntry()
    {
    }

    internal AuditEntry(string actorId, ModerationActionKind action, string? targetUserId, ReportedItemKind? itemKind, string? itemId, string? reason, DateTime nowUtc)
    {
        ActorId = actorId;
        Action = action;
        TargetUserId = targetUserId;
        ItemKind = itemKind;
        ItemId = itemId;
        Reason = reason;
        AtUtc = nowUtc;
    }

    public long Id { get; private set; }

    public string ActorId { get; private set; } = "";

    public ModerationActionKind Action { get; private set; }

    public string? TargetUserId { get; private set; }

    public ReportedItemKind? ItemKind { get; private set; }

    public string? ItemId { get; private set; }

    public string? Reason { get; private set; }

    public DateTime AtUtc { get; private set; }
}
