using System.Net;
using DevConnect.Domain.Email;
using DevConnect.Domain.Messaging;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Organizations;

/// <summary>The invitation and verification emails: one link each, sent through the outbox with the token they carry.</summary>
public sealed class OrganizationEmails(IOptions<PublicUrlOptions> urls)
{
    internal EmailMessage Invitation(string to, string organizationName, string inviterName, string secret) => Compose(
        to,
        $"DevConnect: {inviterName} invites you to join {organizationName}",
        $"{inviterName} invites you to join {organizationName} on DevConnect.",
        "Join " + organizationName,
        "companies/join/" + secret);

    internal EmailMessage Verification(string to, string organizationName, string secret) => Compose(
        to,
        $"DevConnect: confirm this address for {organizationName}",
        $"An admin of {organizationName} asked to verify the organization with this address. Open the link to confirm it; ignore this email if you did not expect it.",
        "Confirm for " + organizationName,
        "companies/verify/" + secret);

    private EmailMessage Compose(string to, string subject, string text, string action, string path)
    {
        var baseUrl = new Uri(urls.Value.PublicBaseUrl.EndsWith('/') ? urls.Value.PublicBaseUrl : urls.Value.PublicBaseUrl + "/");
        var link = new Uri(baseUrl, path).AbsoluteUri;
        return new EmailMessage(to, subject, $"""
            <!DOCTYPE html>
            <html><body style="font-family:system-ui,sans-serif;color:#1f2937">
            <h1 style="color:#4338ca;font-size:20px">DevConnect</h1>
            <p>{WebUtility.HtmlEncode(text)}</p>
            <p><a href="{WebUtility.HtmlEncode(link)}" data-organization-link="true">{WebUtility.HtmlEncode(action)}</a></p>
            <p style="color:#6b7280;font-size:13px">The link works once, for {OrganizationToken.Lifetime.Days} days.</p>
            </body></html>
            """);
    }
}
