using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Messaging;

public sealed record NotificationView(int Id, NotificationKind Kind, string Text, string Link, DateTime CreatedAtUtc, bool IsRead);

/// <summary>Published on a member's notifications key whenever their unread count may have changed.</summary>
public sealed record NotificationsChanged(string UserId);

/// <summary>The bell: in-app notifications, kept per recipient, counted live.</summary>
public sealed class NotificationService(IDbContextFactory<DevConnectDbContext> dbFactory, ILiveEvents live, NotificationEmails emails, TimeProvider clock)
{
    public async Task NotifyAsync(string recipientId, NotificationKind kind, string text, string link, CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.Notifications.Add(new Notification
            {
                RecipientId = recipientId, Kind = kind, Text = text, Link = link, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
        }

        await live.PublishAsync(LiveKeys.Notifications(recipientId), new NotificationsChanged(recipientId));
        await emails.SendIfWantedAsync(recipientId, text, link, ct);
    }

    public async Task<IReadOnlyList<NotificationView>> ListAsync(string userId, int take = 50, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(take)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Text, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(ct);
    }

    public async Task<int> UnreadCountAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAtUtc == null, ct);
    }

    /// <summary>Marks one notification (only the recipient's own) or, with null, all of them as read.</summary>
    public async Task MarkReadAsync(string userId, int? notificationId = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await db.Notifications
                .Where(n => n.RecipientId == userId && n.ReadAtUtc == null && (notificationId == null || n.Id == notificationId))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
        }

        await live.PublishAsync(LiveKeys.Notifications(userId), new NotificationsChanged(userId));
    }
}
