namespace DevConnect.Domain.Moderation;

/// <summary>
/// Where a project or profile stands with the moderators. Only a public item is in feeds, search and the directory;
/// its author (and the moderators) still see it, with the reason.
/// </summary>
public sealed record ContentState(string? HiddenReason, bool HeldForReview, bool OwnerSuspended)
{
    public static readonly ContentState Public = new(null, false, false);

    public bool IsPublic => HiddenReason is null && !HeldForReview && !OwnerSuspended;

    /// <summary>Whether <paramref name="viewerId"/> may see the item: everyone when it is public, else its author and moderators.</summary>
    public bool VisibleTo(string? viewerId, string authorId, bool viewerIsModerator) =>
        IsPublic || viewerIsModerator || (viewerId is not null && viewerId == authorId);
}
