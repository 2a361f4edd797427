using System.Globalization;
using System.Text.RegularExpressions;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DevConnect.Domain.Email;

/// <summary>Hands one message to the outside world. Only the background sender calls it, never a user's action.</summary>
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>The server said no for good (a 5xx answer): retrying would only be refused again.</summary>
public sealed class EmailRefusedException(string message, Exception inner) : Exception(message, inner);

/// <summary>The connection broke after the message itself went out: it may have been delivered, so it is never sent again.</summary>
public sealed class EmailOutcomeUnknownException(string message, Exception inner) : Exception(message, inner);

/// <summary>SMTP through MailKit, with the <c>Email:Smtp*</c> settings.</summary>
public sealed class SmtpEmailTransport(IOptions<EmailOptions> options, IOptions<OutboxOptions> outbox, ILogger<SmtpEmailTransport> logger)
    : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        using var client = new SmtpClient { Timeout = (int)outbox.Value.SmtpTimeout.TotalMilliseconds };
        // SmtpEnableSsl kept its meaning from System.Net.Mail: STARTTLS (or TLS from the first byte on port 465).
        var security = !settings.SmtpEnableSsl ? SecureSocketOptions.None
            : settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.SmtpHost ?? "", settings.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", ct);
        }

        var progress = new DataProgress();
        try
        {
            await client.SendAsync(message, ct, progress);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            throw new EmailRefusedException($"Refused by the mail server: {(int)ex.StatusCode} {ex.Message}", ex);
        }
        catch (Exception ex) when (progress.Started && ex is not SmtpCommandException)
        {
            throw new EmailOutcomeUnknownException($"Connection lost while sending the message: {ex.Message}", ex);
        }

        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException)
        {
            // The message was accepted; a failed goodbye must not make it look unsent (and be sent again).
            logger.LogDebug(ex, "SMTP QUIT failed after a delivered message");
        }

        logger.LogInformation("Email to {Recipient} sent through {SmtpHost}", message.To.ToString(), settings.SmtpHost);
    }

    /// <summary>Notices the first bytes of the message itself going out: from then on a broken connection leaves the outcome unknown.</summary>
    private sealed class DataProgress : ITransferProgress
    {
        public bool Started { get; private set; }

        public void Report(long bytesTransferred, long totalSize) => Started = true;

        public void Report(long bytesTransferred) => Started = true;
    }
}

/// <summary>
/// With no SMTP host (a fresh machine, the tests): each message becomes an .eml file (8-bit, CRLF) that a person can
/// open to follow its links and a test can read back. The file is named after the message, so writing it twice
/// replaces it.
/// </summary>
public sealed partial class PickupFolderEmailTransport(string folder, ILogger<PickupFolderEmailTransport> logger) : IEmailTransport
{
    private static readonly FormatOptions Format = CreateFormat();

    public string Folder { get; } = folder;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{message.Date.UtcDateTime.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{Unsafe().Replace(message.MessageId ?? "", "_")}.eml";
        var path = Path.Combine(Folder, name);
        var temporary = path + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await message.WriteToAsync(Format, file, ct);
        }

        // A reader polling the folder never sees half a file.
        File.Move(temporary, path, overwrite: true);
        // The recipient and file are enough to find it; the body holds tokens and stays out of the log.
        logger.LogInformation("Email to {Recipient} written to pickup file {File}", message.To.ToString(), name);
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    [GeneratedRegex("[^A-Za-z0-9.-]")]
    private static partial Regex Unsafe();
}
