using System.Text.Json;
using Octokit;

namespace DevConnect.Domain.GitHub;

/// <summary>Fills a member's GitHub snapshot: avatar, public repository count and their most starred repositories.</summary>
internal static class GitHubUserRefresher
{
    /// <summary>Fetches into <paramref name="snapshot"/>; GitHub's failures are left to the caller.</summary>
    public static async Task<RefreshOutcome> FetchAsync(GitHubClient client, GitHubUserSnapshot snapshot, Action<ApiInfo?> heard)
    {
        try
        {
            var user = await client.User.Get(snapshot.Login);
            heard(client.GetLastApiInfo());
            var repos = await client.Repository.GetAllForUser(snapshot.Login, new ApiOptions { PageSize = 100, PageCount = 1, StartPage = 1 });
            heard(client.GetLastApiInfo());
            snapshot.AvatarUrl = user.AvatarUrl;
            snapshot.PublicRepos = user.PublicRepos;
            snapshot.TopReposJson = JsonSerializer.Serialize(repos
                .Where(r => !r.Fork)
                .OrderByDescending(r => r.StargazersCount).ThenByDescending(r => r.PushedAt)
                .Take(6)
                .Select(r => new GitHubRepoSummary(r.Name, r.Description, r.Language, r.StargazersCount, r.HtmlUrl))
                .ToList());
            snapshot.NotFound = false;
            return RefreshOutcome.Updated;
        }
        catch (NotFoundException)
        {
            snapshot.NotFound = true;
            return RefreshOutcome.NotFound;
        }
    }
}
