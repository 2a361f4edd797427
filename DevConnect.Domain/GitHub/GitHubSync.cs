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
/// Brings GitHub data in, one refresh at a time: asks the budget first, fetches through the resilient client,
/// stores the snapshot (the last one is kept on failure) and tells live pages. Nothing here ever blocks a save or
/// reaches a page as an exception.
/// </summary>
public sealed class GitHubSync(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    GitHubClients clients,
    IGitHubBudget budget,
    IOptions<GitHubOptions> options,
    ILiveEvents live,
    GitHubReads reads,
    TimeProvider clock,
    ILogger<GitHubSync> logger) : IDisposable
{
    private readonly GitHubOptions _options = options.Value;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public bool IsEnabled => _options.Enabled;

    public TimeSpan PollInterval => _options.PollInterval;

    /// <summary>Refreshes whatever the queue names: a repository key, or the user prefix and a login.</summary>
    public Task<RefreshOutcome> RefreshQueuedAsync(string item, CancellationToken ct = default) =>
        item.StartsWith(GitHubKeys.UserQueuePrefix, StringComparison.Ordinal)
            ? RefreshUserAsync(item[GitHubKeys.UserQueuePrefix.Length..], ct)
            : RefreshRepoAsync(item, ct);

    public Task<RefreshOutcome> RefreshRepoAsync(string key, CancellationToken ct = default) =>
        RefreshAsync(
            async db => await db.GitHubRepos.Include(s => s.Languages).SingleOrDefaultAsync(s => s.Key == key, ct)
                ?? db.GitHubRepos.Add(new GitHubRepoSnapshot { Key = key }).Entity,
            GitHubRepoRefresher.FetchAsync,
            async (db, _) =>
            {
                // The projects linking it carry its stars and inactive date for the feed: they change together.
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                await ProjectGitHubFacts.CopyForRepositoryAsync(db, key, ct);
                await tx.CommitAsync(ct);
            },
            () =>
            {
                reads.ForgetRepo(key);
                return live.PublishAsync(LiveKeys.GitHubRepo(key), new GitHubRepoRefreshed(key));
            },
            ct);

    public Task<RefreshOutcome> RefreshUserAsync(string login, CancellationToken ct = default)
    {
        var key = GitHubKeys.UserKeyOf(login);
        return RefreshAsync(
            async db => await db.GitHubUsers.SingleOrDefaultAsync(s => s.Login == key, ct)
                ?? db.GitHubUsers.Add(new GitHubUserSnapshot { Login = key }).Entity,
            GitHubUserRefresher.FetchAsync,
            (db, _) => db.SaveChangesAsync(ct),
            () =>
            {
                reads.ForgetUser(key);
                return live.PublishAsync(LiveKeys.GitHubUser(key), new GitHubUserRefreshed(key));
            },
            ct);
    }

    /// <summary>Refreshes the snapshots that are due, oldest first, until <paramref name="max"/> or a pause.</summary>
    public async Task<int> RefreshDueAsync(int max, CancellationToken ct = default)
    {
        var now = Now;
        List<string> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var repos = await db.GitHubRepos.Where(s => s.NextRefreshAtUtc <= now).OrderBy(s => s.NextRefreshAtUtc).Select(s => s.Key).Take(max).ToListAsync(ct);
            var users = await db.GitHubUsers.Where(s => s.NextRefreshAtUtc <= now).OrderBy(s => s.NextRefreshAtUtc)
                .Select(s => GitHubKeys.UserQueuePrefix + s.Login).Take(max).ToListAsync(ct);
            due = [.. repos.Concat(users).Take(max)];
        }

        var done = 0;
        foreach (var key in due)
        {
            if (await RefreshQueuedAsync(key, ct) is RefreshOutcome.Paused or RefreshOutcome.Disabled)
            {
                break;
            }

            done++;
        }

        if (done > 0)
        {
            var left = await budget.ReadAsync(ct);
            logger.LogInformation("GitHub refresh: {Count} snapshots; budget {Remaining}/{Limit}, resets at {Reset}", done, left.Remaining, left.Limit, left.ResetsAt);
        }

        return done;
    }

    /// <summary>
    /// Asks GitHub for the current budget (the rate_limit endpoint does not count against it), for the start-up
    /// log line; null when GitHub cannot be reached.
    /// </summary>
    public async Task<GitHubBudgetView?> ReadBudgetAsync(CancellationToken ct = default)
    {
        if (!_options.Enabled)
        {
            return null;
        }

        try
        {
            using var github = clients.Create();
            var core = (await github.Client.RateLimit.GetRateLimits()).Resources.Core;
            await budget.RecordAsync(core.Remaining, core.Limit, core.Reset, ct);
            return await budget.ReadAsync(ct);
        }
        catch (Exception ex) when (GitHubFailures.Describe(ex) is not null)
        {
            logger.LogWarning("GitHub budget unknown at start ({Error})", ex.GetType().Name);
            return null;
        }
    }

    private async Task<RefreshOutcome> RefreshAsync<TSnapshot>(
        Func<DevConnectDbContext, Task<TSnapshot>> load,
        Func<GitHubClient, TSnapshot, Action<ApiInfo?>, Task<RefreshOutcome>> fetch,
        Func<DevConnectDbContext, TSnapshot, Task> save,
        Func<Task> announce,
        CancellationToken ct)
        where TSnapshot : IGitHubSnapshot
    {
        if (!_options.Enabled)
        {
            return RefreshOutcome.Disabled;
        }

        await _oneAtATime.WaitAsync(ct);
        try
        {
            if (await budget.IsPausedAsync(ct))
            {
                return RefreshOutcome.Paused;
            }

            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var snapshot = await load(db);
            var outcome = await FetchRecordingFailuresAsync(snapshot, fetch, ct);
            await save(db, snapshot);
            if (outcome is not RefreshOutcome.Paused)
            {
                await announce();
            }

            return outcome;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<RefreshOutcome> FetchRecordingFailuresAsync<TSnapshot>(
        TSnapshot snapshot, Func<GitHubClient, TSnapshot, Action<ApiInfo?>, Task<RefreshOutcome>> fetch, CancellationToken ct)
        where TSnapshot : IGitHubSnapshot
    {
        var now = Now;
        ApiInfo? last = null;
        try
        {
            using var github = clients.Create();
            var outcome = await fetch(github.Client, snapshot, info => last = info ?? last);
            GitHubSnapshotSchedule.Succeeded(snapshot, now, _options.RefreshInterval);
            return outcome;
        }
        catch (ApiException ex) when (GitHubFailures.RateLimitEnd(ex, clock.GetUtcNow()) is { } until)
        {
            // Out of budget (primary limit) or told to slow down (secondary limit, Retry-After): no call before then.
            await budget.PauseUntilAsync(until, ex.GetType().Name, ct);
            GitHubSnapshotSchedule.Failed(snapshot, now, GitHubErrors.RateLimited, until.UtcDateTime);
            return RefreshOutcome.Paused;
        }
        catch (Exception ex) when (GitHubFailures.Describe(ex) is { } error)
        {
            var backoff = GitHubSnapshotSchedule.BackOff(snapshot, _options.RefreshInterval);
            logger.LogWarning("GitHub fetch of {Snapshot} failed ({Error}); keeping the last snapshot, next try in {Backoff}", snapshot.Name, ex.GetType().Name, backoff);
            GitHubSnapshotSchedule.Failed(snapshot, now, error, now + backoff);
            return RefreshOutcome.Failed;
        }
        finally
        {
            if (last?.RateLimit is { } rate)
            {
                await budget.RecordAsync(rate.Remaining, rate.Limit, rate.Reset, ct);
            }
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public void Dispose() => _oneAtATime.Dispose();
}
