using DevConnect.Domain.Messaging;

namespace DevConnect.App.Infrastructure;

/// <summary>Once an hour: expire overdue applications, and send daily digests to members who chose them.</summary>
public sealed class DigestWorker(NotificationEmails emails, ILogger<DigestWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                var sent = await emails.SendDigestsAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Sent {Count} notification digests", sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sending digests failed; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
