using System.ComponentModel.DataAnnotations;

namespace DevConnect.Domain.Email;

/// <summary>Bound from the <c>Email</c> section. With no SMTP host, the outbox sender writes .eml files to the pickup folder.</summary>
public sealed class EmailOptions
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
}
