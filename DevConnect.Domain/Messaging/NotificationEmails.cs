using System.ComponentModel.DataAnnotations;
using System.Net;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Email;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Messaging;

/// <summary>Signs and checks one-click unsubscribe tokens (implemented with ASP.NET Core Data Protection in the app).</summary>
public interface IUnsubscribeTokens
{
    string Create(string userId);

    /// <summary>The user id the token was made for, or null when it is forged, damaged or too old.</summary>
    string? Read(string token);
}

/// <summary>Bound from <c>DevConnect</c>: the address links in emails start with.</summary>
public sealed class PublicUrlOptions
{
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000/";
}

/// <summary>
/// Notification emails, by each member's choice: at once, as a daily digest, or never. Every email carries a
/// signed one-click unsubscribe link that works without logging in. Sending never fails the action that caused it.
/// </summary>
public sealed class NotificationEmails(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    IEmailDelivery delivery,
    IUnsubscribeTokens tokens,
    IOptions<PublicUrlOptions> urls,
    TimeProvider clock,
    ILogger<NotificationEmails> logger)
{
    public async Task SendIfWantedAsync(string recipientId, string text, string link, CancellationToken ct = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var user = await db.Users.AsNoTracking().Where(u => u.Id == recipientId)
                .Select(u => new { u.Email, u.EmailNotifications }).SingleOrDefaultAsync(ct);
            if (user?.Email is null || user.EmailNotifications != EmailFrequency.Immediately)
            {
                return;
            }

            await delivery.SendAsync(new EmailMessage(user.Email, $"DevConnect: {text}", Body([(text, link)], recipientId)), ct);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Mail.SmtpException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Notification email to user {UserId} failed; the in-app notification stands", recipientId);
        }
    }

    /// <summary>One email per digest member with what they have not read since their last digest (at most daily).</summary>
    public async Task<int> SendDigestsAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dayAgo = now.AddDays(-1);
        var members = await db.Users.Where(u => u.EmailNotifications == EmailFrequency.DailyDigest && u.Email != null
            && (u.LastDigestSentAtUtc == null || u.LastDigestSentAtUtc <= dayAgo)).ToListAsync(ct);
        var sent = 0;
        foreach (var member in members)
        {
            var since = member.LastDigestSentAtUtc ?? DateTime.MinValue;
            var items = await db.Notifications.AsNoTracking()
                .Where(n => n.RecipientId == member.Id && n.ReadAtUtc == null && n.CreatedAtUtc > since)
                .OrderBy(n => n.CreatedAtUtc).Select(n => new { n.Text, n.Link }).ToListAsync(ct);
            if (items.Count == 0)
            {
                continue;
            }

            await delivery.SendAsync(new EmailMessage(member.Email!, $"DevConnect: {items.Count} new notifications",
                Body(items.Select(i => (i.Text, i.Link)).ToList(), member.Id)), ct);
            member.LastDigestSentAtUtc = now;
            sent++;
        }

        await db.SaveChangesAsync(ct);
        return sent;
    }

    /// <summary>Stops all notification emails for the member a valid token names; false for a bad token.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || tokens.Read(token) is not { } userId)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var updated = await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailNotifications, EmailFrequency.Off), ct);
        logger.LogInformation("User {UserId} unsubscribed from notification emails", userId);
        return updated == 1;
    }

    public async Task<EmailFrequency> GetPreferenceAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.EmailNotifications).SingleAsync(ct);
    }

    public async Task SetPreferenceAsync(string userId, EmailFrequency frequency, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(frequency))
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailNotifications, frequency), ct);
    }

    private string Body(IReadOnlyList<(string Text, string Link)> items, string userId)
    {
        var baseUrl = new Uri(urls.Value.PublicBaseUrl.EndsWith('/') ? urls.Value.PublicBaseUrl : urls.Value.PublicBaseUrl + "/");
        var list = string.Concat(items.Select(i =>
            $"<li><a href=\"{WebUtility.HtmlEncode(new Uri(baseUrl, i.Link.TrimStart('/')).AbsoluteUri)}\">{WebUtility.HtmlEncode(i.Text)}</a></li>"));
        var unsubscribe = new Uri(baseUrl, "unsubscribe?token=" + Uri.EscapeDataString(tokens.Create(userId))).AbsoluteUri;
        return $"""
            <!DOCTYPE html>
            <html><body style="font-family:system-ui,sans-serif;color:#1f2937">
            <h1 style="color:#4338ca;font-size:20px">DevConnect</h1>
            <ul>{list}</ul>
            <p style="color:#6b7280;font-size:13px"><a href="{WebUtility.HtmlEncode(unsubscribe)}" data-unsubscribe="true">Unsubscribe from these emails</a> · <a href="{WebUtility.HtmlEncode(new Uri(baseUrl, "Account/Manage/Notifications").AbsoluteUri)}">Email settings</a></p>
            </body></html>
            """;
    }
}
