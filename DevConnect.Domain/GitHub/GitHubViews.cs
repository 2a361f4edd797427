namespace DevConnect.Domain.GitHub;

public sealed record LanguageShare(string Name, string Tag, double Percent);

public sealed record GitHubRepoView(
    string Key,
    string? FullName,
    string? Description,
    int Stars,
    int Forks,
    int Watchers,
    int OpenIssues,
    int? GoodFirstIssues,
    int? HelpWanted,
    IReadOnlyList<string> Topics,
    string? License,
    string? Homepage,
    bool Archived,
    DateTime? PushedAtUtc,
    IReadOnlyList<LanguageShare> Languages,
    bool NotFound,
    DateTime? FetchedAtUtc,
    string? LastError)
{
    /// <summary>Data has been fetched at least once (it may be old: see <see cref="FetchedAtUtc"/>).</summary>
    public bool HasData => FetchedAtUtc is not null && !NotFound;

    /// <summary>Archived, or no push for a year: shown as "may be inactive".</summary>
    public bool MayBeInactive(DateTime nowUtc) => Archived || (PushedAtUtc is { } pushed && pushed < nowUtc.AddMonths(-12));

    public bool WasRenamed => FullName is not null && !string.Equals(FullName, Key, StringComparison.OrdinalIgnoreCase);
}

public sealed record GitHubRepoSummary(string Name, string? Description, string? Language, int Stars, string Url);

public sealed record GitHubUserView(string Login, string? AvatarUrl, IReadOnlyList<GitHubRepoSummary> TopRepos, bool NotFound, DateTime? FetchedAtUtc);

/// <summary>Published on "github-user:login" after a member's GitHub account was fetched.</summary>
public sealed record GitHubUserRefreshed(string Login);

/// <summary>Published on "github:owner/name" after a refresh changed what pages show.</summary>
public sealed record GitHubRepoRefreshed(string Key);

/// <summary>What the worker knows of the API budget, for the log and the health of the integration.</summary>
public sealed record GitHubBudgetView(int? Remaining, int? Limit, DateTimeOffset? ResetsAt, DateTimeOffset? PausedUntil);
