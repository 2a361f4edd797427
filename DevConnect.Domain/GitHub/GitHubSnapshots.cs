namespace DevConnect.Domain.GitHub;

/// <summary>
/// The last known state of one GitHub repository, keyed by "owner/name" in lower case. Pages read only this:
/// a visitor never causes a call to GitHub.
/// </summary>
public sealed class GitHubRepoSnapshot : IGitHubSnapshot
{
    public int Id { get; set; }

    /// <summary>"owner/name", lower case: the name projects link to (a rename keeps the old key).</summary>
    public string Key { get; set; } = "";

    /// <summary>"owner/name" as we ask GitHub for it: as linked, then the new name after a rename.</summary>
    public string? RequestName { get; set; }

    /// <summary>The name GitHub returned last, with its case (differs from the key after a rename).</summary>
    public string? FullName { get; set; }

    public string? Description { get; set; }

    public int Stars { get; set; }

    public int Forks { get; set; }

    public int Watchers { get; set; }

    public int OpenIssues { get; set; }

    public int? GoodFirstIssues { get; set; }

    public int? HelpWanted { get; set; }

    /// <summary>Space separated.</summary>
    public string Topics { get; set; } = "";

    public string? License { get; set; }

    public string? Homepage { get; set; }

    public string? DefaultBranch { get; set; }

    public bool Archived { get; set; }

    public DateTime? PushedAtUtc { get; set; }

    public bool NotFound { get; set; }

    public string? ETag { get; set; }

    public DateTime? FetchedAtUtc { get; set; }

    public DateTime NextRefreshAtUtc { get; set; }

    public int FailureCount { get; set; }

    public string? LastError { get; set; }

    public List<GitHubRepoLanguage> Languages { get; set; } = [];

    string IGitHubSnapshot.Name => Key;
}

public sealed class GitHubRepoLanguage
{
    public int SnapshotId { get; set; }

    /// <summary>GitHub's name ("C#").</summary>
    public string Name { get; set; } = "";

    /// <summary>Our tag key ("csharp"), so the feed's language filter matches GitHub languages too.</summary>
    public string Tag { get; set; } = "";

    public long Bytes { get; set; }
}

/// <summary>A member's GitHub account: avatar and their most starred public repositories.</summary>
public sealed class GitHubUserSnapshot : IGitHubSnapshot
{
    public int Id { get; set; }

    /// <summary>Login, lower case.</summary>
    public string Login { get; set; } = "";

    public string? AvatarUrl { get; set; }

    public int PublicRepos { get; set; }

    /// <summary>Top repositories as JSON (name, description, language, stars, url).</summary>
    public string TopReposJson { get; set; } = "[]";

    public bool NotFound { get; set; }

    public DateTime? FetchedAtUtc { get; set; }

    public DateTime NextRefreshAtUtc { get; set; }

    public int FailureCount { get; set; }

    public string? LastError { get; set; }

    string IGitHubSnapshot.Name => Login;
}
