using DevConnect.Domain.Moderation;

namespace DevConnect.Domain.Profiles;

/// <summary>The moderators' side of a profile (see <see cref="ContentState"/>).</summary>
public sealed partial class DeveloperProfile
{
    /// <summary>Why the moderators hid it; null while it is not hidden.</summary>
    public string? HiddenReason { get; private set; }

    /// <summary>Saved by a new account with links: out of the directory until a moderator approves it.</summary>
    public bool HeldForReview { get; private set; }

    public bool OwnerSuspended { get; private set; }

    /// <summary>Not hidden, not held, owner not suspended: the only profiles the directory and other members see.</summary>
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
