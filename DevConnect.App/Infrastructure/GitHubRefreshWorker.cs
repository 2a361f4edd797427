using DevConnect.Domain.GitHub;
using DevConnect.Domain.Jobs;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Keeps GitHub snapshots fresh in the background: fetches what a save asked for at once, otherwise what is due,
/// one request at a time. Pages only ever read the stored snapshots. With several servers only the lease holder
/// talks to GitHub, so the rate limit is spent once; the others drop their wake-ups, because every request is also
/// stored as due and the holder finds it at its next poll.
/// </summary>
public sealed class GitHubRefreshWorker(GitHubSync gitHub, GitHubRefreshQueue queue, JobLeases leases, ILogger<GitHubRefreshWorker> logger) : BackgroundService
{
    private bool _holding;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!gitHub.IsEnabled)
        {
            logger.LogInformation("GitHub sync is off (GitHub:Enabled = false); pages show stored snapshots only");
            return;
        }

        try
        {
            var budget = await gitHub.ReadBudgetAsync(stoppingToken);
            logger.LogInformation("GitHub sync started; budget {Remaining}/{Limit} requests, resets at {Reset}", budget?.Remaining, budget?.Limit, budget?.ResetsAt);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The budget line is information; a database hiccup here must not stop the host (a failed background service does).
            logger.LogWarning(ex, "GitHub budget could not be read at start; the sync goes on");
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Generous, so a holder slowed by a busy machine is not replaced while alive; a dead one costs two minutes at most.
                var lease = gitHub.PollInterval * 3 > TimeSpan.FromMinutes(2) ? gitHub.PollInterval * 3 : TimeSpan.FromMinutes(2);
                if (await leases.TryAcquireAsync(JobLeases.GitHubRefresh, lease, stoppingToken))
                {
                    await RefreshAsync(stoppingToken);
                }
                else
                {
                    while (queue.Requested.TryRead(out _))
                    {
                    }
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(gitHub.PollInterval);
                try
                {
                    await queue.Requested.WaitToReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The poll interval passed with nothing queued: look for due snapshots again.
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Never let the worker die: log, wait a little, go on.
                logger.LogError(ex, "GitHub refresh loop failed; retrying shortly");
                await Task.Delay(TimeSpan.FromSeconds(30), stoppingToken);
            }
        }
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        if (!_holding)
        {
            _holding = true;
            logger.LogInformation("GitHub sync: this server holds the refresh lease");
        }

        while (queue.Requested.TryRead(out var key))
        {
            await gitHub.RefreshQueuedAsync(key, stoppingToken);
        }

        await gitHub.RefreshDueAsync(20, stoppingToken);
    }
}
