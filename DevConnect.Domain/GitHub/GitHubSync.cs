using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octokit;

namespace DevConnect.Domain.GitHub;

public enum RefreshOutcome
{
    Updated,
    NotFound,
    Failed,
    Paused,
    Disabled,
}

/// <summary>
/// Brings GitHub data in through Octokit, one request at a time: conditional requests (ETags, so unchanged data
/// costs nothing), a budget that stops before it is spent and resumes after the reset, exponential back-off on
/// errors. Failures keep the last snapshot; nothing here ever blocks a save or reaches a page as an exception.
/// </summary>
public sealed class GitHubSync : IDisposable
{
    private const string GoodFirstIssue = "good first issue";
    private const string HelpWanted = "help wanted";

    private readonly IDbContextFactory<DevConnectDbContext> _dbFactory;
    private readonly GitHubOptions _options;
    private readonly ILiveEvents _live;
    private readonly TimeProvider _clock;
    private readonly ILogger<GitHubSync> _logger;
    private readonly Lazy<GitHubClient> _client;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private int? _remaining;
    private int? _limit;
    private DateTimeOffset? _resetsAt;
    private DateTimeOffset? _pausedUntil;

    public GitHubSync(IDbContextFactory<DevConnectDbContext> dbFactory, IOptions<GitHubOptions> options, ILiveEvents live, TimeProvider clock, ILogger<GitHubSync> logger)
    {
        _dbFactory = dbFactory;
        _options = options.Value;
        _live = live;
        _clock = clock;
        _logger = logger;
        _client = new Lazy<GitHubClient>(CreateClient);
    }

    /// <summary>Keys ("owner/name") whose refresh was asked for now, e.g. because a project just linked them.</summary>
    public ChannelReader<string> Requested => _queue.Reader;

    public bool IsEnabled => _options.Enabled;

    public TimeSpan PollInterval => _options.PollInterval;

    public GitHubBudgetView Budget => new(_remaining, _limit, _resetsAt, _pausedUntil);

    public static string KeyOf(string owner, string repo) => $"{owner}/{repo}".ToLowerInvariant();

    /// <summary>Makes sure a snapshot row exists for the repository and asks the worker to fetch it right away.</summary>
    public async Task RequestRefreshAsync(string owner, string repo, CancellationToken ct = default)
    {
        var key = KeyOf(owner, repo);
        await using (var db = await _dbFactory.CreateDbContextAsync(ct))
        {
            var snapshot = await db.GitHubRepos.SingleOrDefaultAsync(s => s.Key == key, ct);
            if (snapshot is null)
            {
                db.GitHubRepos.Add(new GitHubRepoSnapshot { Key = key, RequestName = $"{owner}/{repo}", NextRefreshAtUtc = Now });
            }
            else
            {
                snapshot.NextRefreshAtUtc = Now;
                snapshot.FailureCount = 0;
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another save created the same row a moment ago; the queue entry below is all that is missing.
            }
        }

        _queue.Writer.TryWrite(key);
    }

    public const string UserQueuePrefix = "user:";

    /// <summary>Makes sure a member's GitHub account has a snapshot row and asks the worker to fetch it.</summary>
    public async Task RequestUserRefreshAsync(string login, CancellationToken ct = default)
    {
        var key = login.ToLowerInvariant();
        await using (var db = await _dbFactory.CreateDbContextAsync(ct))
        {
            var snapshot = await db.GitHubUsers.SingleOrDefaultAsync(s => s.Login == key, ct);
            if (snapshot is null)
            {
                db.GitHubUsers.Add(new GitHubUserSnapshot { Login = key, NextRefreshAtUtc = Now });
            }
            else
            {
                snapshot.NextRefreshAtUtc = Now;
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Created by a concurrent save: queueing it is all that is left to do.
            }
        }

        _queue.Writer.TryWrite(UserQueuePrefix + key);
    }

    /// <summary>Refreshes whatever the queue names: a repository key, or "user:" and a login.</summary>
    public Task<RefreshOutcome> RefreshQueuedAsync(string item, CancellationToken ct = default) =>
        item.StartsWith(UserQueuePrefix, StringComparison.Ordinal)
            ? RefreshUserAsync(item[UserQueuePrefix.Length..], ct)
            : RefreshRepoAsync(item, ct);

    public async Task<RefreshOutcome> RefreshUserAsync(string login, CancellationToken ct = default)
    {
        if (!_options.Enabled)
        {
            return RefreshOutcome.Disabled;
        }

        await _oneAtATime.WaitAsync(ct);
        try
        {
            if (IsPaused())
            {
                return RefreshOutcome.Paused;
            }

            var key = login.ToLowerInvariant();
            await using var db = await _dbFactory.CreateDbContextAsync(ct);
            var snapshot = await db.GitHubUsers.SingleOrDefaultAsync(s => s.Login == key, ct)
                ?? db.GitHubUsers.Add(new GitHubUserSnapshot { Login = key }).Entity;
            var now = Now;
            RefreshOutcome outcome;
            try
            {
                var client = _client.Value;
                var user = await client.User.Get(key);
                Remember(client.GetLastApiInfo());
                var repos = await client.Repository.GetAllForUser(key, new ApiOptions { PageSize = 100, PageCount = 1, StartPage = 1 });
                Remember(client.GetLastApiInfo());
                snapshot.AvatarUrl = user.AvatarUrl;
                snapshot.PublicRepos = user.PublicRepos;
                snapshot.TopReposJson = JsonSerializer.Serialize(repos
                    .Where(r => !r.Fork)
                    .OrderByDescending(r => r.StargazersCount).ThenByDescending(r => r.PushedAt)
                    .Take(6)
                    .Select(r => new GitHubRepoSummary(r.Name, r.Description, r.Language, r.StargazersCount, r.HtmlUrl))
                    .ToList());
                snapshot.NotFound = false;
                outcome = RefreshOutcome.Updated;
            }
            catch (NotFoundException)
            {
                snapshot.NotFound = true;
                outcome = RefreshOutcome.NotFound;
            }
            catch (ApiException ex) when (RateLimitEnd(ex) is { } until)
            {
                PauseUntil(until, ex.GetType().Name);
                snapshot.LastError = GitHubErrors.RateLimited;
                snapshot.NextRefreshAtUtc = until.UtcDateTime;
                await db.SaveChangesAsync(ct);
                return RefreshOutcome.Paused;
            }
            catch (Exception ex) when (ex is ApiException or HttpRequestException or TaskCanceledException or TimeoutException)
            {
                snapshot.FailureCount++;
                snapshot.LastError = ex is TaskCanceledException or TimeoutException ? GitHubErrors.Timeout : GitHubErrors.Unreachable;
                snapshot.NextRefreshAtUtc = now + TimeSpan.FromMinutes(Math.Min(Math.Pow(2, snapshot.FailureCount), _options.RefreshInterval.TotalMinutes));
                await db.SaveChangesAsync(ct);
                return RefreshOutcome.Failed;
            }

            snapshot.FetchedAtUtc = now;
            snapshot.FailureCount = 0;
            snapshot.LastError = null;
            snapshot.NextRefreshAtUtc = now + _options.RefreshInterval;
            await db.SaveChangesAsync(ct);
            await _live.PublishAsync(LiveKeys.GitHubUser(key), new GitHubUserRefreshed(key));
            return outcome;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public async Task<GitHubRepoView?> GetRepoAsync(string owner, string repo, CancellationToken ct = default)
    {
        var key = KeyOf(owner, repo);
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var snapshot = await db.GitHubRepos.AsNoTracking().Include(s => s.Languages).SingleOrDefaultAsync(s => s.Key == key, ct);
        return snapshot is null ? null : ToView(snapshot);
    }

    public async Task<GitHubUserView?> GetUserAsync(string login, CancellationToken ct = default)
    {
        var key = login.ToLowerInvariant();
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var snapshot = await db.GitHubUsers.AsNoTracking().SingleOrDefaultAsync(s => s.Login == key, ct);
        return snapshot is null
            ? null
            : new GitHubUserView(snapshot.Login, snapshot.AvatarUrl,
                JsonSerializer.Deserialize<List<GitHubRepoSummary>>(snapshot.TopReposJson) ?? [], snapshot.NotFound, snapshot.FetchedAtUtc);
    }

    /// <summary>
    /// Asks GitHub for the current budget (the rate_limit endpoint does not count against it), for the start-up
    /// log line; null when GitHub cannot be reached.
    /// </summary>
    public async Task<GitHubBudgetView?> ReadBudgetAsync()
    {
        if (!_options.Enabled)
        {
            return null;
        }

        try
        {
            var limits = await _client.Value.RateLimit.GetRateLimits();
            var core = limits.Resources.Core;
            _remaining = core.Remaining;
            _limit = core.Limit;
            _resetsAt = core.Reset;
            return Budget;
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException or TaskCanceledException or TimeoutException)
        {
            _logger.LogWarning("GitHub budget unknown at start ({Error})", ex.GetType().Name);
            return null;
        }
    }

    /// <summary>Refreshes the repositories that are due, oldest first, until <paramref name="max"/> or a pause.</summary>
    public async Task<int> RefreshDueAsync(int max, CancellationToken ct = default)
    {
        List<string> due;
        await using (var db = await _dbFactory.CreateDbContextAsync(ct))
        {
            var now = Now;
            due = await db.GitHubRepos.Where(s => s.NextRefreshAtUtc <= now).OrderBy(s => s.NextRefreshAtUtc).Select(s => s.Key).Take(max).ToListAsync(ct);
        }

        List<string> dueUsers;
        await using (var db = await _dbFactory.CreateDbContextAsync(ct))
        {
            var now = Now;
            dueUsers = await db.GitHubUsers.Where(s => s.NextRefreshAtUtc <= now).OrderBy(s => s.NextRefreshAtUtc).Select(s => UserQueuePrefix + s.Login).Take(max).ToListAsync(ct);
        }

        var done = 0;
        foreach (var key in due.Concat(dueUsers).Take(max))
        {
            var outcome = await RefreshQueuedAsync(key, ct);
            if (outcome is RefreshOutcome.Paused or RefreshOutcome.Disabled)
            {
                break;
            }

            done++;
        }

        if (done > 0)
        {
            _logger.LogInformation("GitHub refresh: {Count} repositories; budget {Remaining}/{Limit}, resets at {Reset}", done, _remaining, _limit, _resetsAt);
        }

        return done;
    }

    public async Task<RefreshOutcome> RefreshRepoAsync(string key, CancellationToken ct = default)
    {
        if (!_options.Enabled)
        {
            return RefreshOutcome.Disabled;
        }

        await _oneAtATime.WaitAsync(ct);
        try
        {
            if (IsPaused())
            {
                return RefreshOutcome.Paused;
            }

            await using var db = await _dbFactory.CreateDbContextAsync(ct);
            var snapshot = await db.GitHubRepos.Include(s => s.Languages).SingleOrDefaultAsync(s => s.Key == key, ct)
                ?? db.GitHubRepos.Add(new GitHubRepoSnapshot { Key = key }).Entity;
            var outcome = await FetchAsync(snapshot);
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                // The projects linking it carry its stars and inactive date for the feed: they change together.
                await db.SaveChangesAsync(ct);
                await ProjectGitHubFacts.CopyForRepositoryAsync(db, snapshot.Key, ct);
                await tx.CommitAsync(ct);
            }

            if (outcome is RefreshOutcome.Updated or RefreshOutcome.NotFound or RefreshOutcome.Failed)
            {
                await _live.PublishAsync(LiveKeys.GitHubRepo(key), new GitHubRepoRefreshed(key));
            }

            return outcome;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<RefreshOutcome> FetchAsync(GitHubRepoSnapshot snapshot)
    {
        var now = Now;
        // Always the same URL for the same repository, so Octokit's cache can make the request conditional.
        var name = snapshot.RequestName ?? snapshot.Key;
        try
        {
            var client = _client.Value;
            var repo = await client.Repository.Get(name.Split('/')[0], name.Split('/')[1]);
            Remember(client.GetLastApiInfo());
            if (!string.Equals(repo.FullName, name, StringComparison.OrdinalIgnoreCase))
            {
                // Renamed or moved (GitHub answered a 301 that Octokit followed): use the new name from now on.
                name = repo.FullName;
                snapshot.RequestName = name;
            }

            var (owner, repoName) = (name.Split('/')[0], name.Split('/')[1]);
            var languages = await client.Repository.GetAllLanguages(owner, repoName);
            Remember(client.GetLastApiInfo());
            int? goodFirst = 0, helpWanted = 0;
            if (repo.OpenIssuesCount > 0)
            {
                goodFirst = await CountOpenIssuesAsync(client, owner, repoName, GoodFirstIssue);
                helpWanted = await CountOpenIssuesAsync(client, owner, repoName, HelpWanted);
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
            snapshot.ETag = client.GetLastApiInfo()?.Etag ?? snapshot.ETag;
            snapshot.Languages.Clear();
            snapshot.Languages.AddRange(languages
                .GroupBy(l => Tags.Normalize(l.Name)?.Key ?? l.Name.ToLowerInvariant())
                .Select(g => new GitHubRepoLanguage { Name = g.First().Name, Tag = g.Key, Bytes = g.Sum(l => l.NumberOfBytes) }));
            snapshot.NotFound = false;
            Succeeded(snapshot, now);
            return RefreshOutcome.Updated;
        }
        catch (NotFoundException)
        {
            snapshot.NotFound = true;
            Succeeded(snapshot, now);
            return RefreshOutcome.NotFound;
        }
        catch (ApiException ex) when (RateLimitEnd(ex) is { } until)
        {
            // Out of budget (primary limit) or told to slow down (secondary limit, Retry-After): no call before then.
            PauseUntil(until, ex.GetType().Name);
            Failed(snapshot, now, GitHubErrors.RateLimited, until.UtcDateTime);
            return RefreshOutcome.Paused;
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException or TaskCanceledException or TimeoutException)
        {
            var backoff = TimeSpan.FromMinutes(Math.Min(Math.Pow(2, snapshot.FailureCount), _options.RefreshInterval.TotalMinutes));
            _logger.LogWarning("GitHub fetch of {Repository} failed ({Error}); keeping the last snapshot, next try in {Backoff}", snapshot.Key, ex.GetType().Name, backoff);
            Failed(snapshot, now, ex is TaskCanceledException or TimeoutException ? GitHubErrors.Timeout : GitHubErrors.Unreachable, now + backoff);
            return RefreshOutcome.Failed;
        }
    }

    private static async Task<int> CountOpenIssuesAsync(GitHubClient client, string owner, string repo, string label)
    {
        var request = new RepositoryIssueRequest { State = ItemStateFilter.Open };
        request.Labels.Add(label);
        var issues = await client.Issue.GetAllForRepository(owner, repo, request, new ApiOptions { PageSize = 100, PageCount = 1, StartPage = 1 });
        // The issues API lists pull requests too.
        return issues.Count(i => i.PullRequest is null);
    }

    /// <summary>When a 403/429 is a rate limit, the moment calls may start again; otherwise null.</summary>
    private DateTimeOffset? RateLimitEnd(ApiException ex)
    {
        if (ex.StatusCode is not (System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        string? Header(string name) => ex.HttpResponse?.Headers
            .FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        var now = _clock.GetUtcNow();
        if (int.TryParse(Header("Retry-After"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return now.AddSeconds(seconds);
        }

        if (Header("X-RateLimit-Remaining") == "0" || ex is RateLimitExceededException)
        {
            _remaining = 0;
            return long.TryParse(Header("X-RateLimit-Reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch)
                && DateTimeOffset.FromUnixTimeSeconds(epoch) is var reset && reset > now
                    ? reset
                    : now.AddMinutes(15);
        }

        return ex is SecondaryRateLimitExceededException or AbuseException ? now.AddMinutes(1) : null;
    }

    private void Succeeded(GitHubRepoSnapshot snapshot, DateTime now)
    {
        snapshot.FetchedAtUtc = now;
        snapshot.FailureCount = 0;
        snapshot.LastError = null;
        snapshot.NextRefreshAtUtc = now + _options.RefreshInterval;
    }

    private static void Failed(GitHubRepoSnapshot snapshot, DateTime now, string error, DateTime next)
    {
        snapshot.FailureCount++;
        snapshot.LastError = error;
        snapshot.NextRefreshAtUtc = next > now ? next : now.AddMinutes(1);
    }

    private bool IsPaused()
    {
        var now = _clock.GetUtcNow();
        if (_pausedUntil is { } until && until > now)
        {
            return true;
        }

        // Stop before the budget is spent, and start again after the reset.
        if (_remaining is { } remaining && remaining <= _options.BudgetReserve && _resetsAt is { } reset && reset > now)
        {
            PauseUntil(reset, "budget reserve reached");
            return true;
        }

        return false;
    }

    private void PauseUntil(DateTimeOffset until, string why)
    {
        _pausedUntil = until;
        _logger.LogWarning("GitHub calls paused until {Until} ({Reason}); budget {Remaining}/{Limit}", until, why, _remaining, _limit);
    }

    private void Remember(ApiInfo? info)
    {
        if (info?.RateLimit is { } rate)
        {
            _remaining = rate.Remaining;
            _limit = rate.Limit;
            _resetsAt = rate.Reset;
        }
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private GitHubClient CreateClient()
    {
        var baseUri = new Uri(_options.ApiBaseUrl.EndsWith('/') ? _options.ApiBaseUrl : _options.ApiBaseUrl + "/");
        // new GitHubClient(header, uri) would rewrite a non-github.com host to <uri>/api/v3/ (Enterprise); a Connection keeps it as given.
        var connection = new Connection(new ProductHeaderValue("DevConnect", "1.0"), baseUri);
        if (!string.IsNullOrWhiteSpace(_options.Token))
        {
            connection.Credentials = new Credentials(_options.Token);
        }

        var client = new GitHubClient(connection) { ResponseCache = new InMemoryResponseCache() };
        client.SetRequestTimeout(_options.Timeout);
        return client;
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

    public void Dispose() => _oneAtATime.Dispose();
}
