using DevConnect.Domain.Projects;
using Octokit;

namespace DevConnect.Domain.GitHub;

/// <summary>Fills a repository snapshot from GitHub: the repository, its languages and its newcomer issue counts.</summary>
internal static class GitHubRepoRefresher
{
    private const string GoodFirstIssue = "good first issue";
    private const string HelpWanted = "help wanted";

    /// <summary>Fetches into <paramref name="snapshot"/>; GitHub's failures are left to the caller.</summary>
    public static async Task<RefreshOutcome> FetchAsync(GitHubClient client, GitHubRepoSnapshot snapshot, Action<ApiInfo?> heard)
    {
        // Always the same URL for the same repository, so the response cache can make the request conditional.
        var name = snapshot.RequestName ?? snapshot.Key;
        Repository repo;
        try
        {
            repo = await client.Repository.Get(name.Split('/')[0], name.Split('/')[1]);
            heard(client.GetLastApiInfo());
        }
        catch (NotFoundException)
        {
            snapshot.NotFound = true;
            return RefreshOutcome.NotFound;
        }

        if (!string.Equals(repo.FullName, name, StringComparison.OrdinalIgnoreCase))
        {
            // Renamed or moved (GitHub answered a 301 that Octokit followed): use the new name from now on.
            name = repo.FullName;
            snapshot.RequestName = name;
        }

        var (owner, repoName) = (name.Split('/')[0], name.Split('/')[1]);
        var etag = client.GetLastApiInfo()?.Etag;
        var languages = await client.Repository.GetAllLanguages(owner, repoName);
        heard(client.GetLastApiInfo());
        int? goodFirst = 0, helpWanted = 0;
        if (repo.OpenIssuesCount > 0)
        {
            goodFirst = await CountOpenIssuesAsync(client, owner, repoName, GoodFirstIssue, heard);
            helpWanted = await CountOpenIssuesAsync(client, owner, repoName, HelpWanted, heard);
        }

        snapshot.FullName = repo.FullName;
        snapshot.Description = repo.Description;
        snapshot.Stars = repo.StargazersCount;
        snapshot.Forks = repo.ForksCount;
        snapshot.Watchers = repo.SubscribersCount;
        snapshot.OpenIssues = repo.OpenIssuesCount;
        snapshot.GoodFirstIssues = goodFirst;
        snapshot.HelpWanted = helpWanted;
        snapshot.Topics = string.Join(' ', repo.Topics ?? []);
        snapshot.License = repo.License?.SpdxId is { Length: > 0 } spdx && spdx != "NOASSERTION" ? spdx : repo.License?.Name;
        snapshot.Homepage = string.IsNullOrWhiteSpace(repo.Homepage) ? null : repo.Homepage;
        snapshot.DefaultBranch = repo.DefaultBranch;
        snapshot.Archived = repo.Archived;
        snapshot.PushedAtUtc = repo.PushedAt?.UtcDateTime;
        snapshot.ETag = etag ?? snapshot.ETag;
        snapshot.Languages.Clear();
        snapshot.Languages.AddRange(languages
            .GroupBy(l => Tags.Normalize(l.Name)?.Key ?? l.Name.ToLowerInvariant())
            .Select(g => new GitHubRepoLanguage { Name = g.First().Name, Tag = g.Key, Bytes = g.Sum(l => l.NumberOfBytes) }));
        snapshot.NotFound = false;
        return RefreshOutcome.Updated;
    }

    private static async Task<int> CountOpenIssuesAsync(GitHubClient client, string owner, string repo, string label, Action<ApiInfo?> heard)
    {
        var request = new RepositoryIssueRequest { State = ItemStateFilter.Open };
        request.Labels.Add(label);
        var issues = await client.Issue.GetAllForRepository(owner, repo, request, new ApiOptions { PageSize = 100, PageCount = 1, StartPage = 1 });
        heard(client.GetLastApiInfo());
        // The issues API lists pull requests too.
        return issues.Count(i => i.PullRequest is null);
    }
}
