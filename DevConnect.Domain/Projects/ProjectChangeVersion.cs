namespace DevConnect.Domain.Projects;

/// <summary>Moves every time a project is posted, edited, hidden or deleted (<see cref="ProjectService"/>, moderation).</summary>
public sealed class ProjectChangeVersion : Live.ChangeVersion;
