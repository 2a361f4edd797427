using DevConnect.Domain.Applications;
using DevConnect.Domain.Messaging;

namespace DevConnect.App.Infrastructure;

/// <summary>Once an hour: expire overdue applications (both sides hear it live) and send the daily digests that are due.</summary>
public sealed class HourlyJobsWorker(ApplicationService applications, NotificationEmails emails, ILogger<HourlyJobsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                var expired = await applications.ExpireDueAsync(stoppingToken);
                var digests = await emails.SendDigestsAsync(stoppingToken);
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
