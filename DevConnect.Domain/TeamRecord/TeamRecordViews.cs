namespace DevConnect.Domain.TeamRecord;

/// <summary>One project of a member's team record, from their accepted application.</summary>
public sealed record TeamRecordEntry(int ProjectId, string ProjectName, string ProjectSlug, string Role, DateTime JoinedAtUtc, bool StillOnTeam, int TeamSize);

/// <summary>An endorsement as the recipient's profile shows it (and, while pending, as the recipient decides on it).</summary>
public sealed record KudosView(
    int Id, string AuthorName, string AuthorHandle, string? AuthorAvatarPath, int ProjectId, string ProjectName, string ProjectSlug, string Text, KudosStatus Status, DateTime CreatedAtUtc)
{
    public string AuthorInitials => Profiles.DeveloperProfile.InitialsOf(AuthorName);
}

/// <summary>What a viewer may do on a member's profile about kudos.</summary>
public sealed record KudosChance(bool CanWrite, bool AlreadyWrote);
