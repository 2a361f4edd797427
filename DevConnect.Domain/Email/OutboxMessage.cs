using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Email;

public enum OutboxState
{
    /// <summary>Waiting for its first attempt or for its next retry (<see cref="OutboxMessage.NextAttemptAtUtc"/>).</summary>
    Pending = 0,

    /// <summary>Claimed by one sender, which is talking to the mail server now.</summary>
    Sending = 1,

    Sent = 2,

    /// <summary>Given up: refused by the server, out of attempts, or interrupted mid-send (never retried then, so never sent twice).</summary>
    Dead = 3,
}

/// <summary>
/// One email to send, written in the same transaction as the change that caused it, so an email exists exactly
/// when its change was committed. The background sender claims a row with one conditional update, so two senders
/// never send the same row.
/// </summary>
public sealed class OutboxMessage
{
    public const int KeyMaxLength = 200;
    public const int ErrorMaxLength = 500;

    private OutboxMessage()
    {
    }

    public long Id { get; private set; }

    /// <summary>Unique: enqueuing the same key twice keeps one row (a member's digest of one day, say).</summary>
    public string IdempotencyKey { get; private set; } = "";

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    /// <summary>For notification emails: the one-click unsubscribe address (RFC 8058 headers).</summary>
    public string? UnsubscribeUrl { get; private set; }

    public OutboxState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    /// <summary>Which sender holds the row while <see cref="OutboxState.Sending"/>, and since when.</summary>
    public Guid? ClaimId { get; private set; }

    public DateTime? ClaimedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage Create(string idempotencyKey, EmailMessage message, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(idempotencyKey.Length, KeyMaxLength);
        return new OutboxMessage
        {
            IdempotencyKey = idempotencyKey,
            To = message.To,
            Subject = message.Subject,
            HtmlBody = message.HtmlBody,
            UnsubscribeUrl = message.UnsubscribeUrl,
            State = OutboxState.Pending,
            CreatedAtUtc = nowUtc,
            NextAttemptAtUtc = nowUtc,
        };
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("OutboxMessages");
        message.Property(m => m.IdempotencyKey).HasMaxLength(OutboxMessage.KeyMaxLength).IsRequired();
        message.HasIndex(m => m.IdempotencyKey).IsUnique();
        message.Property(m => m.To).HasMaxLength(256).IsRequired();
        message.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        message.Property(m => m.HtmlBody).IsRequired();
        message.Property(m => m.UnsubscribeUrl).HasMaxLength(2000);
        message.Property(m => m.State).HasConversion<string>().HasMaxLength(10);
        message.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
        // The sender's two questions: what is due now, and which claims went stale.
        message.HasIndex(m => new { m.State, m.NextAttemptAtUtc });
        message.HasIndex(m => new { m.State, m.ClaimedAtUtc });
    }
}
