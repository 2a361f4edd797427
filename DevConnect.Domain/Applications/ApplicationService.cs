using DevConnect.Domain.Accounts;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Applications;

/// <summary>
/// Applying to projects and deciding on applications. A unique index allows one pending application per
/// person and project, and a concurrency token lets only one of two simultaneous decisions win.
/// </summary>
public sealed partial class ApplicationService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    ILiveEvents live,
    MessagingService messaging,
    NotificationService notifications,
    IOptions<ApplicationOptions> options,
    Safety.MemberLimits limits,
    Matching.KeptRankings rankings,
    TeamReads teams,
    KeptStandings standings,
    TeamChangeVersion teamVersion,
    TimeProvider clock,
    ILogger<ApplicationService> logger) : IDisposable
{
    public const string RoleField = "Role";
    public const string MessageField = "Message";
    public const string LinksField = "Links";
    public const string FormField = "";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // The badge on "Applications" in every signed-in page's header; the events that move it live drop it here.
    private readonly KeyedReadCache<int> _pendingCounts = new(live, clock, LiveKeys.Owner, static (events, key, changed) => new Subscriptions(
        events.Subscribe<ApplicationSubmitted>(key, _ => changed()),
        events.Subscribe<ApplicationStatusChanged>(key, _ => changed())));

    public Task<ApplicationResult> AcceptAsync(string ownerId, int applicationId, Guid expectedVersion, string? note = null, CancellationToken ct = default) =>
        DecideAsync(ownerId, applicationId, expectedVersion, accept: true, note, ct);

    public Task<ApplicationResult> DeclineAsync(string ownerId, int applicationId, Guid expectedVersion, string? note = null, CancellationToken ct = default) =>
        DecideAsync(ownerId, applicationId, expectedVersion, accept: false, note, ct);

    public async Task<ApplicationResult> WithdrawAsync(string userId, int applicationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null || application.ApplicantId != userId)
        {
            return Refused(FormField, ApplicationErrors.NotFound, "This application does not exist.");
        }

        if (application.Withdraw(userId, Now) is { } error)
        {
            return new(applicationId, application.Status, [Error(error)]);
        }

        return await SaveTransitionAsync(db, application, ct);
    }

    /// <summary>Moves pending applications past their expiry date to Expired; returns how many.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = Now;
        var due = await db.Applications.Where(a => a.Status == ApplicationStatus.Pending && a.ExpiresAtUtc <= now).ToListAsync(ct);
        var expired = 0;
        foreach (var application in due)
        {
            if (application.Expire(now) is null && (await SaveTransitionAsync(db, application, ct)).Succeeded)
            {
                expired++;
            }
        }

        return expired;
    }

    public async Task<ProjectApplicationList> ListForProjectAsync(string ownerId, int projectId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null || project.OwnerId != ownerId)
        {
            return new(null, []);
        }

        return new(project.Name, await ViewsAsync(db, db.Applications.Where(a => a.ProjectId == projectId), ct));
    }

    public async Task<IReadOnlyList<ApplicationView>> ListForOwnerAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var projectIds = db.Projects.Where(p => p.OwnerId == ownerId).Select(p => p.Id);
        return await ViewsAsync(db, db.Applications.Where(a => projectIds.Contains(a.ProjectId)), ct);
    }

    public async Task<IReadOnlyList<ApplicationView>> ListForApplicantAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ViewsAsync(db, db.Applications.Where(a => a.ApplicantId == userId), ct);
    }

    public async Task<ApplicationView?> FindForOwnerAsync(string ownerId, int applicationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var projectIds = db.Projects.Where(p => p.OwnerId == ownerId).Select(p => p.Id);
        return (await ViewsAsync(db, db.Applications.Where(a => a.Id == applicationId && projectIds.Contains(a.ProjectId)), ct)).SingleOrDefault();
    }

    /// <summary>Pending applications to the owner's projects. <paramref name="latest"/>: see <see cref="KeyedReadCache{T}.GetAsync"/>.</summary>
    public Task<int> CountPendingForOwnerAsync(string ownerId, bool latest = false, CancellationToken ct = default) =>
        _pendingCounts.GetAsync(ownerId, async ct =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var projectIds = db.Projects.Where(p => p.OwnerId == ownerId).Select(p => p.Id);
            return await db.Applications.CountAsync(a => projectIds.Contains(a.ProjectId) && a.Status == ApplicationStatus.Pending, ct);
        }, latest, ct);

    public void Dispose() => _pendingCounts.Dispose();

    /// <summary>The signed-in member's own application to a project, if any is pending or accepted.</summary>
    public async Task<ApplicationStatus?> StatusForAsync(string userId, int projectId, CancellationToken ct = default)
    {
        var standing = await standings.GetAsync(userId, ct);
        return standing.Teams.Contains(projectId) ? ApplicationStatus.Accepted
            : standing.Pending.Contains(projectId) ? ApplicationStatus.Pending
            : null;
    }

    /// <summary>The projects a member was accepted into (their profile's "contributes to").</summary>
    public async Task<IReadOnlyList<int>> ProjectsContributedToAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.TeamMembers.Where(m => m.UserId == userId).OrderByDescending(m => m.JoinedAtUtc).Select(m => m.ProjectId).ToListAsync(ct);
    }

    /// <summary>The owner removes a member, or a member leaves (<paramref name="actingUserId"/> == <paramref name="memberId"/>).</summary>
    public async Task<ApplicationResult> RemoveMemberAsync(string actingUserId, int projectId, string memberId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ownerId = await db.Projects.Where(p => p.Id == projectId).Select(p => p.OwnerId).SingleOrDefaultAsync(ct);
        if (ownerId is null || (actingUserId != ownerId && actingUserId != memberId))
        {
            return Refused(FormField, ApplicationErrors.NotOwner, "Only the owner can remove a member; members can leave.");
        }

        var removed = await db.TeamMembers.Where(m => m.ProjectId == projectId && m.UserId == memberId).ExecuteDeleteAsync(ct);
        if (removed == 0)
        {
            return Refused(FormField, ApplicationErrors.NotMember, "This person is not on the team.");
        }

        await messaging.LeaveTeamAsync(projectId, memberId, ct);
        teams.Forget(projectId);
        await live.PublishAsync(LiveKeys.Project(projectId), new TeamChanged(projectId));
        await rankings.ChangedAsync(memberId);
        if (actingUserId == memberId)
        {
            var who = await db.Profiles.Where(p => p.UserId == memberId).Select(p => p.DisplayName).SingleOrDefaultAsync(ct) ?? "A member";
            await notifications.NotifyAsync(ownerId, NotificationKind.MemberLeft, $"{who} left the team", $"/projects/{projectId}", ct);
        }

        return new(null, null, []);
    }

    private async Task<ApplicationResult> DecideAsync(string ownerId, int applicationId, Guid expectedVersion, bool accept, string? note, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        var projectOwner = application is null ? null : await db.Projects.Where(p => p.Id == application.ProjectId).Select(p => p.OwnerId).SingleOrDefaultAsync(ct);
        if (application is null || projectOwner is null)
        {
            return Refused(FormField, ApplicationErrors.NotFound, "This application does not exist.");
        }

        if (projectOwner != ownerId)
        {
            return Refused(FormField, ApplicationErrors.NotOwner, "Only the project's owner can decide on its applications.");
        }

        if (application.Version != expectedVersion)
        {
            return new(applicationId, application.Status, [Error(ApplicationErrors.Conflict)]);
        }

        var error = accept ? application.Accept(ownerId, note, Now) : application.Decline(ownerId, note, Now);
        if (error is not null)
        {
            if (error == ApplicationErrors.Expired)
            {
                await db.SaveChangesAsync(ct);
            }

            return new(applicationId, application.Status, [Error(error)]);
        }

        if (accept && !await db.TeamMembers.AnyAsync(m => m.ProjectId == application.ProjectId && m.UserId == application.ApplicantId, ct))
        {
            db.TeamMembers.Add(new TeamMember(application.ProjectId, application.ApplicantId, application.Role, Now));
        }

        var result = await SaveTransitionAsync(db, application, ct);
        if (result.Succeeded)
        {
            var projectName = await db.Projects.Where(p => p.Id == application.ProjectId).Select(p => p.Name).SingleAsync(ct);
            await notifications.NotifyAsync(application.ApplicantId, NotificationKind.ApplicationDecided,
                $"Your application to {projectName} was {(accept ? "accepted" : "declined")}", "/my/applications", ct);
            if (accept)
            {
                await messaging.JoinTeamAsync(application.ProjectId, ownerId, application.ApplicantId, ct);
                teams.Forget(application.ProjectId);
                await live.PublishAsync(LiveKeys.Project(application.ProjectId), new TeamChanged(application.ProjectId));
                var newcomer = await db.Profiles.Where(p => p.UserId == application.ApplicantId).Select(p => p.DisplayName).SingleOrDefaultAsync(ct) ?? "Someone";
                foreach (var member in await db.TeamMembers.Where(m => m.ProjectId == application.ProjectId && m.UserId != application.ApplicantId).Select(m => m.UserId).ToListAsync(ct))
                {
                    await notifications.NotifyAsync(member, NotificationKind.MemberJoined, $"{newcomer} joined {projectName}", $"/projects/{application.ProjectId}", ct);
                }
            }
        }

        return result;
    }

    private async Task<ApplicationResult> SaveTransitionAsync(DevConnectDbContext db, ProjectApplication application, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else moved this application first; say what it is now.
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            var now = await fresh.Applications.Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync(ct);
            return new(application.Id, now, [Error(ApplicationErrors.Conflict)]);
        }

        var ownerId = await db.Projects.Where(p => p.Id == application.ProjectId).Select(p => p.OwnerId).SingleAsync(ct);
        var changed = new ApplicationStatusChanged(application.Id, application.ProjectId, application.Status);
        _pendingCounts.Evict(ownerId);
        rankings.Forget(application.ApplicantId);
        teamVersion.Advance();
        await live.PublishAsync(LiveKeys.Applicant(application.ApplicantId), changed);
        await live.PublishAsync(LiveKeys.Owner(ownerId), changed);
        logger.LogInformation("Application {ApplicationId} is now {Status}", application.Id, application.Status);
        return new(application.Id, application.Status, []);
    }

    private static async Task<IReadOnlyList<ApplicationView>> ViewsAsync(DevConnectDbContext db, IQueryable<ProjectApplication> applications, CancellationToken ct)
    {
        var rows = await applications.AsNoTracking()
            .OrderBy(a => a.Status == ApplicationStatus.Pending ? 0 : 1).ThenByDescending(a => a.CreatedAtUtc)
            .Join(db.Projects, a => a.ProjectId, p => p.Id, (a, p) => new { a, p.Name, p.Slug })
            .Join(db.Profiles.Include(p => p.Skills), x => x.a.ApplicantId, pr => pr.UserId, (x, pr) => new { x.a, x.Name, x.Slug, Profile = pr })
            .Select(x => new { x.a, x.Name, x.Slug, x.Profile, ConversationId = db.Conversations.Where(c => c.ApplicationId == x.a.Id).Select(c => (int?)c.Id).FirstOrDefault() })
            .Take(500)
            .ToListAsync(ct);
        return rows.Select(r => new ApplicationView(
            r.a.Id, r.a.ProjectId, r.Name, r.Slug,
            new ApplicantSummary(r.Profile.UserId, r.Profile.DisplayName, r.Profile.Handle, r.Profile.AvatarPath, r.Profile.Headline, r.Profile.Level,
                r.Profile.Skills.OrderBy(s => s.Position).Select(s => Tags.FromKey(s.Tag)).ToList()),
            r.a.Role, r.a.Message, r.a.Status, r.a.DecisionNote, r.a.CreatedAtUtc, r.a.DecidedAtUtc, r.a.ExpiresAtUtc, r.a.Version, r.ConversationId,
            (r.a.Links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries), r.a.MessageHiddenReason)).ToList();
    }

    private static ApplicationResult AlreadyApplied() =>
        Refused(FormField, ApplicationErrors.AlreadyApplied, "You have already applied to this project; the owner will answer soon.");

    private static ApplicationResult Refused(string field, string code, string message) => new(null, null, [new FieldError(field, code, message)]);

    private static FieldError Error(string code) => new(FormField, code, code switch
    {
        ApplicationErrors.AlreadyDecided => "This application has already been decided or withdrawn.",
        ApplicationErrors.Expired => "This application has expired.",
        ApplicationErrors.Conflict => "Someone else changed this application a moment ago; here is where it stands now.",
        ApplicationErrors.NoteTooLong => $"Keep the note to {ProjectApplication.NoteMaxLength} characters.",
        ApplicationErrors.NotYours => "Only the applicant can withdraw an application.",
        _ => "This cannot be done.",
    });
}
