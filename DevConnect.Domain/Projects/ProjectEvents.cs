namespace DevConnect.Domain.Projects;

/// <summary>A project was posted: enough for a feed to decide whether it matches its filters.</summary>
public sealed record ProjectPublished(int ProjectId, IReadOnlyList<string> Tags, ProjectStatus Status, bool IsJuniorFriendly, Commitment Commitment);

public sealed record ProjectUpdated(int ProjectId);

public sealed record ProjectDeleted(int ProjectId);
