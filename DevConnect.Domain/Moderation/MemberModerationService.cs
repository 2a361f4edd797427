using DevConnect.Domain.Accounts;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Moderation;

/// <summary>
/// A moderator acting on a member: a warning (a notification with the reason), a suspension for a period or for good
/// (no sign-in, every session ended at once, projects and profile out of every feed), and lifting it.
/// </summary>
public sealed class MemberModerationService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    ModerationAccess access,
    ILiveEvents live,
    ProjectChangeVersion changes,
    Profiles.KeptPublicProfiles keptProfiles,
    NotificationService notifications,
    TimeProvider clock,
    ILogger<MemberModerationService> logger)
{
    public const string DurationField = "Duration";
    public static readonly TimeSpan LongestPeriod = TimeSpan.FromDays(3650);

    public async Task<DomainResult> WarnAsync(string actorId, string memberId, string? reason, CancellationToken ct = default)
    {
        var (why, error) = ModerationRules.Reason(reason);
        if (error is not null)
        {
            return error;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await RefuseAsync(db, actorId, memberId, ct) is { } refusal)
        {
            return refusal;
        }

        await notifications.AddAsync(db, memberId, NotificationKind.ModeratorWarning, ModerationRules.Clip($"A moderator warned you: {why}"), "my/notifications", ct);
        ModerationRules.Audit(db, actorId, ModerationActionKind.Warn, memberId, null, null, why, Now);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Moderator {ActorId} warned {MemberId}", actorId, memberId);
        await notifications.AnnounceAsync(memberId);
        await live.PublishAsync(ModerationKeys.Queue, new ModerationQueueChanged("warn"));
        return ModerationRules.Done;
    }

    /// <param name="duration">How long; null for good.</param>
    public async Task<DomainResult> SuspendAsync(string actorId, string memberId, TimeSpan? duration, string? reason, CancellationToken ct = default)
    {
        var (why, error) = ModerationRules.Reason(reason);
        if (error is not null)
        {
            return error;
        }

        if (duration is { } period && (period < TimeSpan.FromHours(1) || period > LongestPeriod))
        {
            return ModerationRules.Refused(DurationField, ModerationErrors.DurationInvalid, "A suspension lasts from an hour to ten years, or for good.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await RefuseAsync(db, actorId, memberId, ct) is { } refusal)
        {
            return refusal;
        }

        var now = Now;
        var user = await db.Users.SingleAsync(u => u.Id == memberId, ct);
        user.SuspendedAtUtc = now;
        user.SuspendedUntilUtc = now + duration;
        user.SuspensionReason = why;
        // A new stamp ends every session opened before: open tabs sign out at their next check.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        var projects = await SetOwnerSuspendedAsync(db, memberId, true, ct);
        foreach (var report in await db.Reports.Where(r => r.AuthorId == memberId && r.Status == ReportStatus.Open).ToListAsync(ct))
        {
            report.Resolve(ReportStatus.Actioned, actorId, now);
        }

        ModerationRules.Audit(db, actorId, ModerationActionKind.Suspend, memberId, null, null,
            duration is null ? $"For good: {why}" : $"Until {user.SuspendedUntilUtc:yyyy-MM-dd HH:mm} UTC: {why}", now);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            await db.UserSessions.Where(s => s.UserId == memberId && s.RevokedAtUtc == null).ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAtUtc, now), ct);
            await tx.CommitAsync(ct);
        }

        logger.LogInformation("Moderator {ActorId} suspended {MemberId} until {Until}", actorId, memberId, user.SuspendedUntilUtc);
        await AnnounceAsync(db, memberId, projects, reappeared: false, ct);
        return ModerationRules.Done;
    }

    public async Task<DomainResult> LiftSuspensionAsync(string actorId, string memberId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await RefuseAsync(db, actorId, memberId, ct) is { } refusal)
        {
            return refusal;
        }

        var user = await db.Users.SingleAsync(u => u.Id == memberId, ct);
        if (!user.IsSuspended(Now))
        {
            return ModerationRules.Refused("", ModerationErrors.NotSuspended, "This member is not suspended.");
        }

        var projects = await LiftAsync(db, user, ct);
        ModerationRules.Audit(db, actorId, ModerationActionKind.LiftSuspension, memberId, null, null, null, Now);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Moderator {ActorId} lifted the suspension of {MemberId}", actorId, memberId);
        await AnnounceAsync(db, memberId, projects, reappeared: true, ct);
        return ModerationRules.Done;
    }

    /// <summary>Suspensions whose time is up (all, or one member's at sign-in) end: their content is public again.</summary>
    public async Task<int> LiftExpiredAsync(string? memberId = null, CancellationToken ct = default)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var due = await db.Users.Where(u => u.SuspendedAtUtc != null && u.SuspendedUntilUtc != null && u.SuspendedUntilUtc <= now && (memberId == null || u.Id == memberId))
            .ToListAsync(ct);
        foreach (var user in due)
        {
            var projects = await LiftAsync(db, user, ct);
            await db.SaveChangesAsync(ct);
            await AnnounceAsync(db, user.Id, projects, reappeared: true, ct);
        }

        return due.Count;
    }

    private async Task<List<Project>> LiftAsync(DevConnectDbContext db, DevConnectUser user, CancellationToken ct)
    {
        user.SuspendedAtUtc = null;
        user.SuspendedUntilUtc = null;
        user.SuspensionReason = null;
        return await SetOwnerSuspendedAsync(db, user.Id, false, ct);
    }

    private static async Task<List<Project>> SetOwnerSuspendedAsync(DevConnectDbContext db, string memberId, bool suspended, CancellationToken ct)
    {
        var projects = await db.Projects.Include(p => p.Tags).Where(p => p.OwnerId == memberId).ToListAsync(ct);
        projects.ForEach(p => p.SetOwnerSuspended(suspended));
        (await db.Profiles.SingleOrDefaultAsync(p => p.UserId == memberId, ct))?.SetOwnerSuspended(suspended);
        return projects;
    }

    private async Task AnnounceAsync(DevConnectDbContext db, string memberId, List<Project> projects, bool reappeared, CancellationToken ct)
    {
        changes.Advance();
        foreach (var project in projects)
        {
            await live.PublishAsync(LiveKeys.Project(project.Id), new ProjectUpdated(project.Id));
            if (reappeared && project.IsPublic)
            {
                // Back in the feeds: open ones take it in as they take in a new project.
                await live.PublishAsync(LiveKeys.ProjectFeed, await ProjectOrganizationRules.PublishedAsync(db, project, ct));
            }
            else
            {
                await live.PublishAsync(LiveKeys.ProjectFeed, new ProjectUpdated(project.Id));
            }
        }

        if (await db.Profiles.Where(p => p.UserId == memberId).Select(p => p.Handle).SingleOrDefaultAsync(ct) is { } handle)
        {
            await keptProfiles.ChangedAsync(memberId, handle);
        }

        await live.PublishAsync(ModerationKeys.Queue, new ModerationQueueChanged("member"));
    }

    private async Task<DomainResult?> RefuseAsync(DevConnectDbContext db, string actorId, string memberId, CancellationToken ct)
    {
        if (await ModerationRules.RefuseActorAsync(db, access, actorId, ct) is { } refusal)
        {
            return refusal;
        }

        if (actorId == memberId)
        {
            return ModerationRules.SelfRefusal();
        }

        return await db.Users.AnyAsync(u => u.Id == memberId, ct)
            ? null
            : ModerationRules.Refused("", ModerationErrors.UserNotFound, "This member does not exist.");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
