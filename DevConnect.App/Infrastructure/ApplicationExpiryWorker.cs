using DevConnect.Domain.Applications;

namespace DevConnect.App.Infrastructure;

/// <summary>Once an hour, moves pending applications past their expiry date to Expired (which tells both sides live).</summary>
public sealed class ApplicationExpiryWorker(ApplicationService applications, ILogger<ApplicationExpiryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                var expired = await applications.ExpireDueAsync(stoppingToken);
                if (expired > 0)
                {
                    logger.LogInformation("Expired {Count} pending applications", expired);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Expiring applications failed; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
