using System.ComponentModel.DataAnnotations;

namespace DevConnect.Domain.Email;

/// <summary>Bound from <c>Email:Outbox</c>: how the background sender retries.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Email:Outbox";

    /// <summary>Attempts before a message is marked dead.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further failure (with jitter), up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the sender looks for due retries when nothing new wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A row claimed longer ago than this was interrupted mid-send (a crash); it is marked dead, not retried.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Connect, command and data timeout of one SMTP conversation.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
