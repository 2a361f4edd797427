namespace DevConnect.Domain.Projects;

/// <summary>A project was posted: enough for a feed to decide whether it matches its filters.</summary>
public sealed record ProjectPublished(int ProjectId, IReadOnlyList<string> Tags, ProjectStatus Status, bool IsJuniorFriendly, Commitment Commitment)
{
    /// <summary>The organization it is posted under (see <see cref="ProjectOrganizationRules.PublishedAsync"/>), or null.</summary>
    public ProjectOrganization? Organization { get; init; }
}

public sealed record ProjectUpdated(int ProjectId);

public sealed record ProjectDeleted(int ProjectId);
