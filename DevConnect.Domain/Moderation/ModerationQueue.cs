using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Moderation;

/// <summary>
/// What the dashboard reads: the queue (open reports grouped by item, and what waits for review), the audit log and
/// the suspended members. Moderators only: anyone else gets nothing, whatever they ask.
/// </summary>
public sealed class ModerationQueue(IDbContextFactory<DevConnectDbContext> dbFactory, ModerationAccess access, TimeProvider clock)
{
    private const int MaxItems = 100;
    private const int ContentPreview = 1200;

    /// <summary>Null when <paramref name="actorId"/> is not a moderator.</summary>
    public async Task<IReadOnlyList<QueueItem>?> ListAsync(string actorId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await access.IsModeratorAsync(db, actorId, ct))
        {
            return null;
        }

        var open = await db.Reports.AsNoTracking().Where(r => r.Status == ReportStatus.Open).OrderByDescending(r => r.CreatedAtUtc).Take(MaxItems * 5).ToListAsync(ct);
        var reporterIds = open.Select(r => r.ReporterId).Distinct().ToList();
        var reporters = await db.Profiles.AsNoTracking().Where(p => reporterIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => (p.DisplayName, p.Handle), ct);
        var wanted = open.GroupBy(r => (r.Kind, r.ItemId)).Select(g => (g.Key.Kind, g.Key.ItemId, g.First().AuthorId, Reports: g.ToList())).ToList();
        var heldProjects = await db.Projects.AsNoTracking().Where(p => p.HeldForReview && p.HiddenReason == null).OrderBy(p => p.UpdatedAtUtc)
            .Select(p => new { p.Id, p.OwnerId }).Take(MaxItems).ToListAsync(ct);
        var heldProfiles = await db.Profiles.AsNoTracking().Where(p => p.HeldForReview && p.HiddenReason == null).OrderBy(p => p.UpdatedAtUtc)
            .Select(p => p.UserId).Take(MaxItems).ToListAsync(ct);
        wanted.AddRange(heldProjects.Select(p => (ReportedItemKind.Project, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.OwnerId, new List<Report>()))
            .Concat(heldProfiles.Select(id => (ReportedItemKind.Profile, id, id, new List<Report>())))
            .Where(h => !wanted.Any(w => w.Kind == h.Item1 && w.ItemId == h.Item2)));

        var histories = new Dictionary<string, MemberHistory>();
        var items = new List<QueueItem>();
        foreach (var (kind, itemId, authorId, reports) in wanted.Take(MaxItems))
        {
            if (await ContentAsync(db, kind, itemId, ct) is not { } content)
            {
                continue;
            }

            if (!histories.TryGetValue(authorId, out var history))
            {
                history = histories[authorId] = await HistoryAsync(db, authorId, ct);
            }

            items.Add(new QueueItem(kind, itemId, content.Title, content.Text, content.Link, content.Held, content.Hidden,
                reports.Select(r => new QueueReport(r.Id, reporters.GetValueOrDefault(r.ReporterId).DisplayName ?? "?", reporters.GetValueOrDefault(r.ReporterId).Handle ?? "",
                    r.Reason, r.Details, r.CreatedAtUtc)).ToList(), history));
        }

        return items;
    }

    /// <summary>The audit log, newest first; empty for anyone who is not a moderator.</summary>
    public async Task<AuditPage> AuditAsync(string actorId, int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        page = Math.Max(1, page);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await access.IsModeratorAsync(db, actorId, ct))
        {
            return new([], 0, page, pageSize);
        }

        var total = await db.ModerationAudit.CountAsync(ct);
        var rows = await db.ModerationAudit.AsNoTracking().OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var people = rows.Select(r => r.ActorId).Concat(rows.Select(r => r.TargetUserId).OfType<string>()).Distinct().ToList();
        var names = await db.Profiles.AsNoTracking().Where(p => people.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => (p.DisplayName, p.Handle), ct);
        return new(rows.Select(r => new AuditRow(r.Id, names.GetValueOrDefault(r.ActorId).DisplayName ?? "?", r.Action,
            r.TargetUserId is null ? null : names.GetValueOrDefault(r.TargetUserId).DisplayName ?? "?",
            r.TargetUserId is null ? null : names.GetValueOrDefault(r.TargetUserId).Handle, r.ItemKind, r.ItemId, r.Reason, r.AtUtc)).ToList(), total, page, pageSize);
    }

    /// <summary>Members suspended now, for lifting; empty for anyone who is not a moderator.</summary>
    public async Task<IReadOnlyList<SuspendedMember>> SuspendedAsync(string actorId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await access.IsModeratorAsync(db, actorId, ct))
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Profiles.AsNoTracking()
            .Where(p => p.User!.SuspendedAtUtc != null && (p.User.SuspendedUntilUtc == null || p.User.SuspendedUntilUtc > now))
            .OrderBy(p => p.DisplayName).Take(MaxItems)
            .Select(p => new SuspendedMember(p.UserId, p.DisplayName, p.Handle, p.User!.SuspendedUntilUtc, p.User.SuspensionReason))
            .ToListAsync(ct);
    }

    private async Task<MemberHistory> HistoryAsync(DevConnectDbContext db, string userId, CancellationToken ct)
    {
        var profile = await db.Profiles.AsNoTracking().Where(p => p.UserId == userId).Select(p => new { p.DisplayName, p.Handle }).SingleOrDefaultAsync(ct);
        var closed = await db.Reports.CountAsync(r => r.AuthorId == userId && r.Status != ReportStatus.Open, ct);
        var actions = await db.ModerationAudit.AsNoTracking().Where(e => e.TargetUserId == userId && e.Action != ModerationActionKind.Dismiss)
            .OrderByDescending(e => e.AtUtc).Take(5).Select(e => new HistoryEntry(e.Action, e.ItemKind, e.Reason, e.AtUtc)).ToListAsync(ct);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.SuspendedAtUtc, u.SuspendedUntilUtc }).SingleOrDefaultAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var suspended = user?.SuspendedAtUtc is not null && (user.SuspendedUntilUtc is null || user.SuspendedUntilUtc > now);
        return new(userId, profile?.DisplayName ?? "?", profile?.Handle ?? "", closed, actions, suspended, suspended ? user!.SuspendedUntilUtc : null);
    }

    private sealed record Content(string Title, string Text, string? Link, bool Held, string? Hidden);

    private static async Task<Content?> ContentAsync(DevConnectDbContext db, ReportedItemKind kind, string itemId, CancellationToken ct)
    {
        _ = int.TryParse(itemId, out var id);
        return kind switch
        {
            ReportedItemKind.Project => await db.Projects.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new Content(p.Name, p.Summary + "\n\n" + p.Description, "projects/" + p.Id, p.HeldForReview, p.HiddenReason)).SingleOrDefaultAsync(ct),
            ReportedItemKind.Profile => await db.Profiles.AsNoTracking().Where(p => p.UserId == itemId)
                .Select(p => new Content(p.DisplayName, (p.Headline ?? "") + "\n\n" + (p.Bio ?? ""), "u/" + p.Handle, p.HeldForReview, p.HiddenReason)).SingleOrDefaultAsync(ct),
            ReportedItemKind.ApplicationMessage => await db.Applications.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new Content(db.Projects.Where(p => p.Id == a.ProjectId).Select(p => p.Name).First(), a.Message, null, false, a.MessageHiddenReason)).SingleOrDefaultAsync(ct),
            ReportedItemKind.ChatMessage => await db.Messages.AsNoTracking().Where(m => m.Id == id)
                .Select(m => new Content(db.Projects.Where(p => db.Conversations.Any(c => c.Id == m.ConversationId && c.ProjectId == p.Id)).Select(p => p.Name).FirstOrDefault()
                        ?? db.Conversations.Where(c => c.Id == m.ConversationId).Select(c => c.Subject).FirstOrDefault() ?? "",
                    m.Body, null, false, m.HiddenReason)).SingleOrDefaultAsync(ct),
            _ => null,
        } is { } content ? content with { Text = content.Text.Trim() is { Length: > ContentPreview } text ? text[..ContentPreview] + "…" : content.Text.Trim() } : null;
    }
}
