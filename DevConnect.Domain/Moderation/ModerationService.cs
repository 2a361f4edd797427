using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Moderation;

/// <summary>
/// A moderator deciding about an item: dismiss its reports, hide it (the author sees why), restore it, approve or
/// reject what was held for review. Only moderators, never about their own items; every decision is an audit row
/// written in the same transaction, and the pages showing the item hear of it once it is committed.
/// </summary>
public sealed class ModerationService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    ModerationAccess access,
    ILiveEvents live,
    ProjectChangeVersion changes,
    Profiles.KeptPublicProfiles keptProfiles,
    NotificationService notifications,
    TimeProvider clock,
    ILogger<ModerationService> logger)
{
    public const string ReasonField = "Reason";

    public async Task<DomainResult> DismissAsync(string actorId, ReportedItemKind kind, string itemId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ModerationRules.RefuseActorAsync(db, access, actorId, ct) is { } refusal)
        {
            return refusal;
        }

        var reports = await OpenReports(db, kind, itemId).ToListAsync(ct);
        if (reports.Count == 0)
        {
            return ModerationRules.Refused("", ModerationErrors.NotOpen, "Nobody reports this any more.");
        }

        if (reports[0].AuthorId == actorId)
        {
            return ModerationRules.SelfRefusal();
        }

        reports.ForEach(r => r.Resolve(ReportStatus.Dismissed, actorId, Now));
        ModerationRules.Audit(db, actorId, ModerationActionKind.Dismiss, reports[0].AuthorId, kind, itemId, null, Now);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Moderator {ActorId} dismissed reports about {Kind} {ItemId}", actorId, kind, itemId);
        await live.PublishAsync(ModerationKeys.Queue, new ModerationQueueChanged("dismiss"));
        return ModerationRules.Done;
    }

    public Task<DomainResult> HideAsync(string actorId, ReportedItemKind kind, string itemId, string? reason, CancellationToken ct = default) =>
        ChangeAsync(actorId, kind, itemId, ModerationActionKind.Hide, reason, ct);

    public Task<DomainResult> RestoreAsync(string actorId, ReportedItemKind kind, string itemId, CancellationToken ct = default) =>
        ChangeAsync(actorId, kind, itemId, ModerationActionKind.Restore, null, ct);

    /// <summary>Publishes a project or profile that was held for review.</summary>
    public Task<DomainResult> ApproveAsync(string actorId, ReportedItemKind kind, string itemId, CancellationToken ct = default) =>
        ChangeAsync(actorId, kind, itemId, ModerationActionKind.Approve, null, ct);

    /// <summary>Keeps a held project or profile out of sight, hidden with a reason its author sees.</summary>
    public Task<DomainResult> RejectAsync(string actorId, ReportedItemKind kind, string itemId, string? reason, CancellationToken ct = default) =>
        ChangeAsync(actorId, kind, itemId, ModerationActionKind.Reject, reason, ct);

    private async Task<DomainResult> ChangeAsync(
        string actorId, ReportedItemKind kind, string itemId, ModerationActionKind action, string? reason, CancellationToken ct)
    {
        var needsReason = action is ModerationActionKind.Hide or ModerationActionKind.Reject;
        var (why, reasonError) = needsReason ? ModerationRules.Reason(reason) : (null, null);
        if (reasonError is not null)
        {
            return reasonError;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ModerationRules.RefuseActorAsync(db, access, actorId, ct) is { } refusal)
        {
            return refusal;
        }

        var change = action switch
        {
            ModerationActionKind.Approve => await ModeratedItems.ReleaseAsync(db, kind, itemId, null, ct),
            ModerationActionKind.Reject => await ModeratedItems.ReleaseAsync(db, kind, itemId, why, ct),
            _ => await ModeratedItems.SetHiddenAsync(db, kind, itemId, why, ct),
        };
        if (change is null)
        {
            return action is ModerationActionKind.Approve or ModerationActionKind.Reject
                ? ModerationRules.Refused("", ModerationErrors.NotHeld, "This is not waiting for a review any more.")
                : ModerationRules.Refused("", ModerationErrors.ItemNotFound, "This is not there any more.");
        }

        if (change.AuthorId == actorId)
        {
            return ModerationRules.SelfRefusal();
        }

        var now = Now;
        foreach (var report in await OpenReports(db, kind, itemId).ToListAsync(ct))
        {
            report.Resolve(action == ModerationActionKind.Restore ? ReportStatus.Dismissed : ReportStatus.Actioned, actorId, now);
        }

        ModerationRules.Audit(db, actorId, action, change.AuthorId, kind, itemId, why, now);
        if (why is not null)
        {
            await notifications.AddAsync(db, change.AuthorId, NotificationKind.ContentHidden,
                ModerationRules.Clip($"The moderators hid your {ModerationRules.Describe(kind)}: {why}"), LinkFor(change), ct);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Moderator {ActorId}: {Action} {Kind} {ItemId}", actorId, action, kind, itemId);
        if (why is not null)
        {
            await notifications.AnnounceAsync(change.AuthorId);
        }

        await change.AnnounceAsync(live, changes, keptProfiles);
        if (action == ModerationActionKind.Approve && change.ProjectId is { } projectId)
        {
            // Published at last: open feeds take it in as they take in a new project.
            var project = await db.Projects.AsNoTracking().Include(p => p.Tags).SingleAsync(p => p.Id == projectId, ct);
            await live.PublishAsync(LiveKeys.ProjectFeed, await ProjectOrganizationRules.PublishedAsync(db, project, ct));
        }

        await live.PublishAsync(ModerationKeys.Queue, new ModerationQueueChanged(action.ToString()));
        return ModerationRules.Done;
    }

    private static IQueryable<Report> OpenReports(DevConnectDbContext db, ReportedItemKind kind, string itemId) =>
        db.Reports.Where(r => r.Kind == kind && r.ItemId == itemId && r.Status == ReportStatus.Open);

    private static string LinkFor(ItemChange change) => change.Kind switch
    {
        ReportedItemKind.Project => $"projects/{change.ProjectId}",
        ReportedItemKind.Profile => $"u/{change.Handle}",
        ReportedItemKind.ChatMessage => $"messages/{change.ConversationId}",
        _ => "my/applications",
    };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
