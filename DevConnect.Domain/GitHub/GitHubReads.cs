using System.Text.Json;
using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.GitHub;

/// <summary>
/// What pages read: the stored snapshots only, so a visitor never causes a call to GitHub. A snapshot changes only when
/// the worker refreshes it, which publishes an event on its key: each one is kept until that event (heard from every
/// server; the refreshing server also forgets it before publishing), and 30 s at most. Every view of a project page read
/// its repository again before (8% of a signed-in project page under load).
/// </summary>
public sealed class GitHubReads : IDisposable
{
    private readonly IDbContextFactory<DevConnectDbContext> _dbFactory;
    private readonly KeyedReadCache<GitHubRepoView?> _repos;
    private readonly KeyedReadCache<GitHubUserView?> _users;

    public GitHubReads(IDbContextFactory<DevConnectDbContext> dbFactory, ILiveEvents live, TimeProvider clock)
    {
        _dbFactory = dbFactory;
        _repos = new(live, clock, LiveKeys.GitHubRepo, static (events, key, changed) => events.Subscribe<GitHubRepoRefreshed>(key, _ => changed()));
        _users = new(live, clock, LiveKeys.GitHubUser, static (events, key, changed) => events.Subscribe<GitHubUserRefreshed>(key, _ => changed()));
    }

    /// <param name="latest">For a listener the refresh event just reached: see <see cref="KeyedReadCache{T}.GetAsync"/>.</param>
    public Task<GitHubRepoView?> GetRepoAsync(string owner, string repo, bool latest = false, CancellationToken ct = default)
    {
        var key = GitHubKeys.KeyOf(owner, repo);
        return _repos.GetAsync(key, async token =>
        {
            await using var db = await _dbFactory.CreateDbContextAsync(token);
            var snapshot = await db.GitHubRepos.AsNoTracking().Include(s => s.Languages).SingleOrDefaultAsync(s => s.Key == key, token);
            return snapshot is null ? null : ToView(snapshot);
        }, latest, ct);
    }

    /// <param name="latest">For a listener the refresh event just reached: see <see cref="KeyedReadCache{T}.GetAsync"/>.</param>
    public Task<GitHubUserView?> GetUserAsync(string login, bool latest = false, CancellationToken ct = default)
    {
        var key = GitHubKeys.UserKeyOf(login);
        return _users.GetAsync(key, async token =>
        {
            await using var db = await _dbFactory.CreateDbContextAsync(token);
            var snapshot = await db.GitHubUsers.AsNoTracking().SingleOrDefaultAsync(s => s.Login == key, token);
            return snapshot is null
                ? null
                : new GitHubUserView(snapshot.Login, snapshot.AvatarUrl,
                    JsonSerializer.Deserialize<List<GitHubRepoSummary>>(snapshot.TopReposJson) ?? [], snapshot.NotFound, snapshot.FetchedAtUtc);
        }, latest, ct);
    }

    /// <summary>Drops what is kept of a repository (its key) on this server, before its refresh is announced.</summary>
    internal void ForgetRepo(string key) => _repos.Evict(key);

    /// <summary>Drops what is kept of a GitHub account (its user key) on this server, before its refresh is announced.</summary>
    internal void ForgetUser(string key) => _users.Evict(key);

    public void Dispose()
    {
        _repos.Dispose();
        _users.Dispose();
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
