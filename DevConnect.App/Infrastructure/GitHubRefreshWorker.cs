using DevConnect.Domain.GitHub;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Keeps GitHub snapshots fresh in the background: fetches what a save asked for at once, otherwise what is due,
/// one request at a time. Pages only ever read the stored snapshots.
/// </summary>
public sealed class GitHubRefreshWorker(GitHubSync gitHub, GitHubRefreshQueue queue, ILogger<GitHubRefreshWorker> logger) : BackgroundService
{
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
                while (queue.Requested.TryRead(out var key))
                {
                    await gitHub.RefreshQueuedAsync(key, stoppingToken);
                }

                await gitHub.RefreshDueAsync(20, stoppingToken);
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
}
