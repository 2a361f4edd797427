using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Email;

public sealed record EmailMessage(string To, string Subject, string HtmlBody);

public interface IEmailDelivery
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}

/// <summary>
/// Writes each message as an .eml file (8-bit, unfolded) so a person on a fresh machine can open it and
/// follow its links, and a test can read them back.
/// </summary>
public sealed class OutboxEmailDelivery(IOptions<EmailOptions> options, string outboxFolder, ILogger<OutboxEmailDelivery> logger)
    : IEmailDelivery
{
    public string Folder { get; } = outboxFolder;

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Folder);
        var now = DateTimeOffset.UtcNow;
        var name = $"{now:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var eml = new StringBuilder()
            .Append("From: ").Append(options.Value.From).Append("\r\n")
            .Append("To: ").Append(message.To).Append("\r\n")
            .Append("Subject: ").Append(EncodeHeader(message.Subject)).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/html; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(message.HtmlBody).Append("\r\n")
            .ToString();
        await File.WriteAllTextAsync(Path.Combine(Folder, name), eml, new UTF8Encoding(false), ct);
        // The recipient and file are enough to find it; the body holds tokens and stays out of the log.
        logger.LogInformation("Email to {Recipient} written to outbox file {File}", message.To, name);
    }

    private static string EncodeHeader(string value) =>
        value.All(char.IsAscii) ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";
}

public sealed class SmtpEmailDelivery(IOptions<EmailOptions> options, ILogger<SmtpEmailDelivery> logger) : IEmailDelivery
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var settings = options.Value;
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpEnableSsl };
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
        }

        using var mail = new MailMessage
        {
            From = new MailAddress(settings.From),
            Subject = message.Subject,
            Body = message.HtmlBody,
            IsBodyHtml = true,
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
        };
        mail.To.Add(message.To);
        await client.SendMailAsync(mail, ct);
        logger.LogInformation("Email to {Recipient} sent through {SmtpHost}", message.To, settings.SmtpHost);
    }
}
