using System.Threading.Channels;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Email;

public sealed record EmailMessage(string To, string Subject, string HtmlBody, string? UnsubscribeUrl = null);

/// <summary>
/// Where every outgoing email goes first. <see cref="Add"/> puts it into the caller's context, so it is committed
/// or rolled back with the change that caused it; <see cref="Wake"/> after the commit tells the sender not to wait
/// for its next poll.
/// </summary>
public sealed class EmailOutbox(IDbContextFactory<DevConnectDbContext> dbFactory, OutboxSignal signal, TimeProvider clock)
{
    public void Add(DevConnectDbContext db, string idempotencyKey, EmailMessage message) =>
        db.OutboxMessages.Add(OutboxMessage.Create(idempotencyKey, message, clock.GetUtcNow().UtcDateTime));

    /// <summary>For emails that are the whole change (Identity's confirmation and reset links): a transaction of their own.</summary>
    public async Task EnqueueAsync(string idempotencyKey, EmailMessage message, CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            Add(db, idempotencyKey, message);
            await db.SaveChangesAsync(ct);
        }

        Wake();
    }

    public void Wake() => signal.Notify();
}

/// <summary>Wakes the background sender; many wake-ups while it is busy count as one.</summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Returns when woken or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            await _wakeUps.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed: time to look for due retries.
        }
    }
}
