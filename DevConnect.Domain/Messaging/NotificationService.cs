using DevConnect.Domain.Email;
using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Messaging;

public sealed record NotificationView(int Id, NotificationKind Kind, string Text, string Link, DateTime CreatedAtUtc, bool IsRead);

/// <summary>Published on a member's notifications key whenever their unread count may have changed.</summary>
public sealed record NotificationsChanged(string UserId);

/// <summary>The bell: in-app notifications, kept per recipient, counted live.</summary>
public sealed class NotificationService(
    IDbContextFactory<DevConnectDbContext> dbFactory, ILiveEvents live, NotificationEmails emails, EmailOutbox outbox, TimeProvider clock) : IDisposable
{
    // The bell's count in every signed-in page's header; the event that moves it live drops it here.
    private readonly KeyedReadCache<int> _unreadCounts = new(live, clock, LiveKeys.Notifications,
        static (events, key, changed) => events.Subscribe<NotificationsChanged>(key, _ => changed()));

    public async Task NotifyAsync(string recipientId, NotificationKind kind, string text, string link, CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await AddAsync(db, recipientId, kind, text, link, ct);
            await db.SaveChangesAsync(ct);
        }

        await AnnounceAsync(recipientId);
    }

    /// <summary>Adds the notification, and its email by the recipient's choice, to <paramref name="db"/>: both commit (or not) with the caller's change.</summary>
    internal async Task AddAsync(DevConnectDbContext db, string recipientId, NotificationKind kind, string text, string link, CancellationToken ct)
    {
        db.Notifications.Add(new Notification(recipientId, kind, text, link, clock.GetUtcNow().UtcDateTime));
        await emails.AddIfWantedAsync(db, recipientId, text, link, ct);
    }

    /// <summary>After the commit of <see cref="AddAsync"/>: the bell moves and the email sender wakes.</summary>
    internal async Task AnnounceAsync(string recipientId)
    {
        _unreadCounts.Evict(recipientId);
        await live.PublishAsync(LiveKeys.Notifications(recipientId), new NotificationsChanged(recipientId));
        outbox.Wake();
    }

    public async Task<IReadOnlyList<NotificationView>> ListAsync(string userId, int take = 50, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(take)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Text, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(ct);
    }

    /// <summary>The member's unread notifications. <paramref name="latest"/>: see <see cref="KeyedReadCache{T}.GetAsync"/>.</summary>
    public Task<int> UnreadCountAsync(string userId, bool latest = false, CancellationToken ct = default) =>
        _unreadCounts.GetAsync(userId, async ct =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAtUtc == null, ct);
        }, latest, ct);

    public void Dispose() => _unreadCounts.Dispose();

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

        _unreadCounts.Evict(userId);
        await live.PublishAsync(LiveKeys.Notifications(userId), new NotificationsChanged(userId));
    }
}
