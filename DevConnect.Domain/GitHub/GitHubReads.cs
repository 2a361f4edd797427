using System.Text.Json;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.GitHub;

/// <summary>What pages read: the stored snapshots only, so a visitor never causes a call to GitHub.</summary>
public sealed class GitHubReads(IDbContextFactory<DevConnectDbContext> dbFactory)
{
    public async Task<GitHubRepoView?> GetRepoAsync(string owner, string repo, CancellationToken ct = default)
    {
        var key = GitHubKeys.KeyOf(owner, repo);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var snapshot = await db.GitHubRepos.AsNoTracking().Include(s => s.Languages).SingleOrDefaultAsync(s => s.Key == key, ct);
        return snapshot is null ? null : ToView(snapshot);
    }

    public async Task<GitHubUserView?> GetUserAsync(string login, CancellationToken ct = default)
    {
        var key = GitHubKeys.UserKeyOf(login);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var snapshot = await db.GitHubUsers.AsNoTracking().SingleOrDefaultAsync(s => s.Login == key, ct);
        return snapshot is null
            ? null
            : new GitHubUserView(snapshot.Login, snapshot.AvatarUrl,
                JsonSerializer.Deserialize<List<GitHubRepoSummary>>(snapshot.TopReposJson) ?? [], snapshot.NotFound, snapshot.FetchedAtUtc);
    }

    internal static GitHubRepoView ToView(GitHubRepoSnapshot s)
    {
        var total = s.Languages.Sum(l => l.Bytes);
        return new GitHubRepoView(
            s.Key, s.FullName, s.Description, s.Stars, s.Forks, s.Watchers, s.OpenIssues, s.GoodFirstIssues, s.HelpWanted,
            s.Topics.Split(' ', StringSplitOptions.RemoveEmptyEntries), s.License, s.Homepage, s.Archived, s.PushedAtUtc,
            s.Languages.OrderByDescending(l => l.Bytes).Select(l => new LanguageShare(l.Name, l.Tag, total == 0 ? 0 : 100.0 * l.Bytes / total)).ToList(),
            s.NotFound, s.FetchedAtUtc, s.LastError);
    }
}
