using System.Net;
using DevConnect.App.Resources;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Components.Account;

/// <summary>
/// Identity's account emails, written in the reader's language, put in the outbox; the background sender delivers
/// them (SMTP or the pickup folder), so a slow mail server never holds up sign-up or a reset.
/// </summary>
internal sealed class IdentityEmailSender(EmailOutbox outbox, IStringLocalizer<SharedResource> localizer)
    : IEmailSender<DevConnectUser>
{
    // Identity hands over links already HTML-encoded.
    public Task SendConfirmationLinkAsync(DevConnectUser user, string email, string confirmationLink) =>
        Send(email, localizer["Email.Confirm.Subject"], localizer["Email.Confirm.Body"], localizer["Email.Confirm.Button"], confirmationLink);

    public Task SendPasswordResetLinkAsync(DevConnectUser user, string email, string resetLink) =>
        Send(email, localizer["Email.Reset.Subject"], localizer["Email.Reset.Body"], localizer["Email.Reset.Button"], resetLink);

    public Task SendPasswordResetCodeAsync(DevConnectUser user, string email, string resetCode) =>
        Enqueue(new EmailMessage(email, localizer["Email.Reset.Subject"],
            $"<p>{WebUtility.HtmlEncode(localizer["Email.Reset.Code"])}</p><p><strong>{WebUtility.HtmlEncode(resetCode)}</strong></p>"));

    private Task Send(string email, string subject, string body, string button, string encodedLink) =>
        Enqueue(new EmailMessage(email, subject, $"""
            <!DOCTYPE html>
            <html><body style="font-family:system-ui,sans-serif;color:#1f2937">
            <h1 style="color:#4338ca;font-size:20px">DevConnect</h1>
            <p>{WebUtility.HtmlEncode(body)}</p>
            <p><a href="{encodedLink}" style="background:#4338ca;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">{WebUtility.HtmlEncode(button)}</a></p>
            <p style="color:#6b7280;font-size:13px">{WebUtility.HtmlEncode(localizer["Email.Ignore"])}</p>
            </body></html>
            """));

    // Every request is its own email (a second "resend" is meant to arrive too), so each gets a fresh key.
    private Task Enqueue(EmailMessage message) => outbox.EnqueueAsync($"account:{Guid.NewGuid():N}", message);
}
