using DevConnect.Domain.Moderation;

namespace DevConnect.Domain.Projects;

/// <summary>The moderators' side of a project (see <see cref="ContentState"/>).</summary>
public sealed partial class Project
{
    public const int HiddenReasonMaxLength = AuditEntry.ReasonMaxLength;

    /// <summary>Why the moderators hid it; null while it is not hidden.</summary>
    public string? HiddenReason { get; private set; }

    /// <summary>Posted by a new account with links: waits for a moderator before it is published.</summary>
    public bool HeldForReview { get; private set; }

    public bool OwnerSuspended { get; private set; }

    /// <summary>
    /// Not hidden, not held and its owner not suspended: the only projects feeds, search and counts show. Stored (kept
    /// in step by the methods below) so the feed's covering indexes carry it.
    /// </summary>
    public bool IsPublic { get; private set; } = true;

    public ContentState Moderation => new(HiddenReason, HeldForReview, OwnerSuspended);

    /// <summary>Hides with a reason the author sees, or restores with null.</summary>
    internal void SetHidden(string? reason) => Set(() => HiddenReason = reason);

    internal void Hold(bool held) => Set(() => HeldForReview = held);

    internal void SetOwnerSuspended(bool suspended) => Set(() => OwnerSuspended = suspended);

    private void Set(Action change)
    {
        change();
        IsPublic = Moderation.IsPublic;
    }
}
