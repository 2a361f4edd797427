using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace DevConnect.Domain.Email;

/// <summary>Bound from the <c>Email</c> section. With no SMTP host, the outbox sender writes .eml files to the pickup folder.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    [Required]
    public string From { get; set; } = "DevConnect <no-reply@devconnect.local>";

    /// <summary>The pickup folder for .eml files, relative to the content root. Used when <see cref="SmtpHost"/> is empty.</summary>
    [Required]
    public string OutboxPath { get; set; } = "App_Data/outbox";

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public bool SmtpEnableSsl { get; set; } = true;

    public string? SmtpUser { get; set; }

    /// <summary>From the environment or user secrets (Email__SmtpPassword), never from a committed file.</summary>
    public string? SmtpPassword { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Every email is sent from this address: one that does not parse would fail each send, hours later.
        if (!MailboxAddress.TryParse(From, out var sender) || !sender.Address.Contains('@', StringComparison.Ordinal))
        {
            yield return new ValidationResult(
                $"Email:From (\"{From}\") is not an email address; write it as \"DevConnect <no-reply@example.org>\" or \"no-reply@example.org\".",
                [nameof(From)]);
        }
    }
}
