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
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000/";
}

/// <summary>
/// Notification emails, by each member's choice: at once, as a daily digest, or never. Every email carries a
/// signed one-click unsubscribe link that works without logging in. Emails go to the outbox with the change that
/// caused them; the background sender delivers them, so sending never slows or fails that change.
/// </summary>
public sealed class NotificationEmails(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    EmailOutbox outbox,
    IUnsubscribeTokens tokens,
    IOptions<PublicUrlOptions> urls,
    TimeProvider clock,
    ILogger<NotificationEmails> logger)
{
    /// <summary>Adds the email for a new notification to <paramref name="db"/> if its recipient wants it at once; saved with the notification.</summary>
    internal async Task AddIfWantedAsync(DevConnectDbContext db, string recipientId, string text, string link, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == recipientId)
            .Select(u => new { u.Email, u.EmailNotifications }).SingleOrDefaultAsync(ct);
        if (user?.Email is null || user.EmailNotifications != EmailFrequency.Immediately)
        {
            return;
        }

        // One row per notification: the key only has to be unique, and it names the Message-Id.
        outbox.Add(db, $"notification:{Guid.NewGuid():N}", Compose(user.Email, $"DevConnect: {text}", [(text, link)], recipientId));
    }

    /// <summary>
    /// One email per digest member with what they have not read since their last digest (at most daily). Each member
    /// is claimed (their last-digest time moved) in the same transaction that writes their email, one member at a
    /// time: a run that fails half way has committed the members before the failure and none after, so no one ever
    /// gets a second digest, and two runs at once give each member to one of them.
    /// </summary>
    public async Task<int> SendDigestsAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dayAgo = now.AddDays(-1);
        List<(string Id, DateTime? Last)> members;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            members = (await db.Users.Where(u => u.EmailNotifications == EmailFrequency.DailyDigest && u.Email != null
                    && (u.LastDigestSentAtUtc == null || u.LastDigestSentAtUtc <= dayAgo))
                .Select(u => new { u.Id, u.LastDigestSentAtUtc }).ToListAsync(ct)).Select(u => (u.Id, u.LastDigestSentAtUtc)).ToList();
        }

        var sent = 0;
        try
        {
            foreach (var (id, last) in members)
            {
                if (await DigestOneAsync(id, last, now, ct))
                {
                    sent++;
                }
            }
        }
        finally
        {
            if (sent > 0)
            {
                outbox.Wake();
            }
        }

        return sent;
    }

    private async Task<bool> DigestOneAsync(string memberId, DateTime? last, DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var since = last ?? DateTime.MinValue;
        var items = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == memberId && n.ReadAtUtc == null && n.CreatedAtUtc > since)
            .OrderBy(n => n.CreatedAtUtc).Select(n => new { n.Text, n.Link }).ToListAsync(ct);
        var email = await db.Users.Where(u => u.Id == memberId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        if (items.Count == 0 || email is null)
        {
            return false;
        }

        // The claim: only if the last-digest time is still what this run read; another run that got there first wins.
        var claimed = await db.Users.Where(u => u.Id == memberId && u.LastDigestSentAtUtc == last)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastDigestSentAtUtc, now), ct);
        if (claimed == 0)
        {
            return false;
        }

        outbox.Add(db, $"digest:{memberId}:{now:yyyy-MM-dd}", Compose(email, $"DevConnect: {items.Count} new notifications",
            items.Select(i => (i.Text, i.Link)).ToList(), memberId));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
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
        // One click stops every email, the weekly projects digest included.
        await db.Set<Matching.ProjectDigestSetting>().Where(d => d.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Frequency, Matching.ProjectDigestFrequency.Never), ct);
        logger.LogInformation("User {UserId} unsubscribed from notification emails", userId);
        return updated == 1;
    }

    /// <summary>What the member a token names receives now, for the confirmation page; null for a bad token. Changes nothing.</summary>
    public async Task<EmailFrequency?> PreferenceForTokenAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || tokens.Read(token) is not { } userId)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).Select(u => (EmailFrequency?)u.EmailNotifications).SingleOrDefaultAsync(ct);
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

    /// <summary>An email in the notification emails' layout, with the member's one-click unsubscribe link (the weekly project digest uses it too).</summary>
    internal EmailMessage Compose(string to, string subject, IReadOnlyList<(string Text, string Link)> items, string userId)
    {
        var baseUrl = new Uri(urls.Value.PublicBaseUrl.EndsWith('/') ? urls.Value.PublicBaseUrl : urls.Value.PublicBaseUrl + "/");
        var list = string.Concat(items.Select(i =>
            $"<li><a href=\"{WebUtility.HtmlEncode(new Uri(baseUrl, i.Link.TrimStart('/')).AbsoluteUri)}\">{WebUtility.HtmlEncode(i.Text)}</a></li>"));
        var unsubscribe = new Uri(baseUrl, "unsubscribe?token=" + Uri.EscapeDataString(tokens.Create(userId))).AbsoluteUri;
        return new EmailMessage(to, subject, $"""
            <!DOCTYPE html>
            <html><body style="font-family:system-ui,sans-serif;color:#1f2937">
            <h1 style="color:#4338ca;font-size:20px">DevConnect</h1>
            <ul>{list}</ul>
            <p style="color:#6b7280;font-size:13px"><a href="{WebUtility.HtmlEncode(unsubscribe)}" data-unsubscribe="true">Unsubscribe from these emails</a> · <a href="{WebUtility.HtmlEncode(new Uri(baseUrl, "Account/Manage/Notifications").AbsoluteUri)}">Email settings</a></p>
            </body></html>
            """, unsubscribe);
    }
}
