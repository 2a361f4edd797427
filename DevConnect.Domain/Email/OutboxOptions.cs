using System.ComponentModel.DataAnnotations;

namespace DevConnect.Domain.Email;

/// <summary>Bound from <c>Email:Outbox</c>: how the background sender retries.</summary>
public sealed class OutboxOptions : IValidatableObject
{
    public const string Section = "Email:Outbox";

    /// <summary>Attempts before a message is marked dead.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further failure (with jitter), up to <see cref="MaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the sender looks for due retries when nothing new wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A row claimed longer ago than this was interrupted mid-send (a crash); it is marked dead, not retried.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Connect, command and data timeout of one SMTP conversation.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxDelay < BaseDelay)
        {
            yield return new ValidationResult(
                $"Email:Outbox:MaxDelay ({MaxDelay}) caps the back-off, so it cannot be shorter than BaseDelay ({BaseDelay}).", [nameof(MaxDelay)]);
        }

        // Connecting, signing in, sending and quitting may each take a whole SmtpTimeout: a claim must outlast them
        // all, or a send still under way is taken for a crash and its message marked dead.
        if (ClaimTimeout <= SmtpTimeout * 4)
        {
            yield return new ValidationResult(
                $"Email:Outbox:ClaimTimeout ({ClaimTimeout}) must be longer than four SmtpTimeouts ({SmtpTimeout * 4}), the longest one send can take.",
                [nameof(ClaimTimeout)]);
        }
    }
}
