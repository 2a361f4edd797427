using DevConnect.Domain.Email;
using Microsoft.Extensions.Options;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Delivers the email outbox in the background: at once when a commit wakes it, and every poll interval for retries
/// that have come due. The logic (claims, back-off, at most once) is the domain's <see cref="OutboxSender"/>.
/// </summary>
public sealed class OutboxWorker(OutboxSender sender, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch sent means more may be waiting: keep going before sleeping.
                while (await sender.DeliverDueAsync(stoppingToken) >= options.Value.BatchSize)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database was busy or gone for a moment; the rows wait, and the next round tries again.
                logger.LogError(ex, "Email outbox delivery failed; trying again at the next poll");
            }

            await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }
}
