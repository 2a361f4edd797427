namespace DevConnect.Domain.Projects;

public enum ProjectStatus
{
    Idea = 0,
    Recruiting = 1,
    InProgress = 2,
    Completed = 3,
}

public enum Commitment
{
    ShortTerm = 0,
    LongTerm = 1,
}

/// <summary>Roles owners usually look for; a free role name is allowed too.</summary>
public static class RoleNames
{
    public static readonly IReadOnlyList<string> Suggested = ["frontend", "backend", "fullstack", "mobile", "design", "devops", "data", "testing", "docs", "community"];

    public const int MaxLength = 40;
    public const int MaxPerProject = 10;
}
