using DevConnect.Domain.Applications;
using DevConnect.Domain.Jobs;
using DevConnect.Domain.Messaging;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Once an hour: expire overdue applications (both sides hear it live) and send the daily and weekly digests that are due.
/// With several servers, only the one holding the lease runs a round; the lease outlasts the hour a little so the
/// holder keeps it while it lives.
/// </summary>
public sealed class HourlyJobsWorker(
    ApplicationService applications, NotificationEmails emails, DevConnect.Domain.Moderation.MemberModerationService suspensions,
    DevConnect.Domain.Matching.ProjectDigestEmails projectDigests, JobLeases leases, ILogger<HourlyJobsWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                if (!await leases.TryAcquireAsync(JobLeases.HourlyJobs, TimeSpan.FromMinutes(70), stoppingToken))
                {
                    continue;
                }

                var expired = await applications.ExpireDueAsync(stoppingToken);
                var digests = await emails.SendDigestsAsync(stoppingToken);
                // Weekly "projects for you" emails that have come due.
                digests += await projectDigests.SendDueAsync(stoppingToken);
                // Suspensions whose time is up: the member's projects and profile are public again.
                await suspensions.LiftExpiredAsync(ct: stoppingToken);
                if (expired + digests > 0)
                {
                    logger.LogInformation("Hourly jobs: {Expired} applications expired, {Digests} digests sent", expired, digests);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad run must not stop the next ones.
                logger.LogError(ex, "Hourly jobs failed; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
