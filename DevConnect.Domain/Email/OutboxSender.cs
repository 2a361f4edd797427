using System.Security.Cryptography;
using System.Text;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DevConnect.Domain.Email;

/// <summary>
/// Delivers the outbox: claims each due row with one conditional update (of two senders, exactly one wins it),
/// sends it, and records the outcome. A failure before the message went out is retried with exponential back-off
/// and jitter, up to <see cref="OutboxOptions.MaxAttempts"/>; a refusal, or a break after the message went out, is
/// final. At most once per row: nothing that may have been delivered is ever sent again.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    IEmailTransport transport,
    IOptions<EmailOptions> email,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Sends every message due now (one batch); returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct = default)
    {
        await BuryInterruptedAsync(ct);
        var now = Now;
        List<long> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            due = await db.OutboxMessages.Where(m => m.State == OutboxState.Pending && m.NextAttemptAtUtc <= now)
                .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id).Select(m => m.Id).Take(options.Value.BatchSize).ToListAsync(ct);
        }

        var sent = 0;
        foreach (var id in due)
        {
            if (await TrySendAsync(id, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>The wait before attempt <paramref name="failedAttempts"/> + 1: doubling, capped, then jittered into its upper half.</summary>
    public TimeSpan BackOff(int failedAttempts)
    {
        var settings = options.Value;
        var doubled = settings.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var capped = Math.Min(doubled, settings.MaxDelay.TotalMilliseconds);
        // Jitter spreads the retries of many messages that failed together (a mail server outage) so they do not return in step.
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() * 0.5)));
    }

    private async Task<bool> TrySendAsync(long id, CancellationToken ct)
    {
        var claim = Guid.NewGuid();
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.State == OutboxState.Pending && m.NextAttemptAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Sending).SetProperty(m => m.ClaimId, claim)
                .SetProperty(m => m.ClaimedAtUtc, now).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        if (claimed == 0)
        {
            return false;
        }

        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        try
        {
            await transport.SendAsync(Compose(message), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down before the message went out: it waits for the next start, no attempt lost.
            await FinishAsync(id, claim, OutboxState.Pending, Now, message.Attempts - 1, "interrupted by shutdown before sending");
            throw;
        }
        catch (Exception ex)
        {
            await RecordFailureAsync(message, claim, ex);
            return false;
        }

        await db.OutboxMessages.Where(m => m.Id == id && m.ClaimId == claim)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Sent).SetProperty(m => m.SentAtUtc, Now)
                .SetProperty(m => m.ClaimId, (Guid?)null).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        return true;
    }

    private async Task RecordFailureAsync(OutboxMessage message, Guid claim, Exception ex)
    {
        // An address that does not parse will not parse next time either: no point retrying for hours.
        var final = ex is EmailRefusedException or EmailOutcomeUnknownException or MimeKit.ParseException || message.Attempts >= options.Value.MaxAttempts;
        var error = ex is MailKit.Net.Smtp.SmtpCommandException smtp ? $"SMTP {(int)smtp.StatusCode}: {smtp.Message}" : $"{ex.GetType().Name}: {ex.Message}";
        var next = Now + (final ? TimeSpan.Zero : BackOff(message.Attempts));
        await FinishAsync(message.Id, claim, final ? OutboxState.Dead : OutboxState.Pending, next, message.Attempts, error);
        if (final)
        {
            logger.LogError(ex, "Email {OutboxId} to {Recipient} is dead after {Attempts} attempts", message.Id, message.To, message.Attempts);
        }
        else
        {
            logger.LogWarning("Email {OutboxId} to {Recipient} failed (attempt {Attempts}): {Error}; next try at {NextAttempt:O}",
                message.Id, message.To, message.Attempts, error, next);
        }
    }

    private async Task FinishAsync(long id, Guid claim, OutboxState state, DateTime nextAttempt, int attempts, string error)
    {
        var text = error.Length > OutboxMessage.ErrorMaxLength ? error[..OutboxMessage.ErrorMaxLength] : error;
        // Bookkeeping survives a cancelled caller: a row left "sending" would be buried as interrupted.
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        await db.OutboxMessages.Where(m => m.Id == id && m.ClaimId == claim)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, state).SetProperty(m => m.NextAttemptAtUtc, nextAttempt)
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, text).SetProperty(m => m.ClaimId, (Guid?)null), CancellationToken.None);
    }

    /// <summary>Rows a crashed sender left "sending": they may have gone out, so they are not sent again.</summary>
    private async Task BuryInterruptedAsync(CancellationToken ct)
    {
        var before = Now - options.Value.ClaimTimeout;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var buried = await db.OutboxMessages.Where(m => m.State == OutboxState.Sending && m.ClaimedAtUtc < before)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Dead).SetProperty(m => m.ClaimId, (Guid?)null)
                .SetProperty(m => m.LastError, "Interrupted while sending; not retried, so it is never sent twice"), ct);
        if (buried > 0)
        {
            logger.LogError("{Count} emails were interrupted mid-send and are marked dead", buried);
        }
    }

    private MimeMessage Compose(OutboxMessage row)
    {
        var from = MailboxAddress.Parse(email.Value.From);
        var message = new MimeMessage
        {
            Subject = row.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(row.CreatedAtUtc, DateTimeKind.Utc)),
            // Stable across attempts and derived from the idempotency key, so a receiving server can drop a copy too.
            MessageId = $"{row.Id:D10}.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(row.IdempotencyKey)))[..16]}@{from.Domain}",
            Body = new TextPart("html") { Text = row.HtmlBody, ContentTransferEncoding = ContentEncoding.EightBit },
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(row.To));
        if (row.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 8058: a mail client's "unsubscribe" button POSTs to this address; scanners that GET it change nothing.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        return message;
    }
}
