using DevConnect.Domain.Accounts;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Opportunities;

/// <summary>
/// Applying to opportunities and answering. A member applies with a short message (their profile and team record go
/// with it); the application opens a conversation with the organization, whose admins are notified and decide as a
/// project's owner does. One pending application per person and opportunity (a unique index), at most
/// <see cref="LimitsOptions.OpportunityApplicationsPerDay"/> a rolling day, none across a block.
/// </summary>
public sealed partial class OpportunityApplications(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    ILiveEvents live,
    NotificationService notifications,
    TeamRecord.TeamRecordService teamRecord,
    IOptions<LimitsOptions> limits,
    TimeProvider clock,
    ILogger<OpportunityApplications> logger)
{
    public const string MessageField = "Message";
    public const string FormField = "";

    public async Task<OpportunityApplicationResult> ApplyAsync(string userId, int opportunityId, string? message, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var opportunity = await db.Set<Opportunity>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == opportunityId, ct);
        var organization = opportunity is null ? null : await OrganizationService.LoadAsync(db, opportunity.OrganizationId, ct);
        if (opportunity is null || organization is null)
        {
            return Refused(FormField, OpportunityErrors.NotFound, "This opportunity no longer exists.");
        }

        if (await db.Users.Where(u => u.Id == userId).Select(u => (bool?)u.EmailConfirmed).SingleOrDefaultAsync(ct) != true)
        {
            return Refused(FormField, OpportunityErrors.EmailNotConfirmed, "Confirm your email address before applying.");
        }

        if (organization.RoleOf(userId) is not null)
        {
            return Refused(FormField, OpportunityErrors.OwnOrganization, "You belong to this organization.");
        }

        if (!opportunity.IsOpen || !organization.IsVerified)
        {
            return Refused(FormField, OpportunityErrors.Closed, "This opportunity is closed.");
        }

        // Said the same way whichever side blocked: no hint of which, nor that anyone did.
        var memberIds = organization.Members.Select(m => m.UserId).ToList();
        if (await db.Set<MemberBlock>().AnyAsync(b => (b.BlockerId == userId && memberIds.Contains(b.BlockedId)) || (b.BlockedId == userId && memberIds.Contains(b.BlockerId)), ct))
        {
            return Refused(FormField, OpportunityErrors.NotAccepting, "This organization is not accepting applications from you.");
        }

        var text = (message ?? "").Trim();
        if (text.Length is < OpportunityApplication.MessageMinLength or > OpportunityApplication.MessageMaxLength)
        {
            return Refused(MessageField, OpportunityErrors.MessageLength,
                $"Write {OpportunityApplication.MessageMinLength} to {OpportunityApplication.MessageMaxLength:N0} characters: who you are and why this opportunity.");
        }

        if (await db.Set<OpportunityApplication>().AnyAsync(a => a.OpportunityId == opportunityId && a.ApplicantId == userId
            && (a.Status == ApplicationStatus.Pending || a.Status == ApplicationStatus.Accepted), ct))
        {
            return AlreadyApplied();
        }

        if (await CheckDailyLimitAsync(db, userId, ct) is { } limited)
        {
            return new(null, null, [limited]);
        }

        var application = OpportunityApplication.Submit(opportunityId, userId, text, Now);
        var admins = organization.Members.Where(m => m.Role == OrganizationRole.Admin).Select(m => m.UserId).ToList();
        if (!await SubmitAsync(db, application, opportunity, organization, admins, ct))
        {
            return AlreadyApplied();
        }

        logger.LogInformation("User {UserId} applied to opportunity {OpportunityId}", userId, opportunityId);
        // Only now, after the commit: a viewer who hears the news and reads finds all of it.
        foreach (var admin in admins)
        {
            await notifications.AnnounceAsync(admin);
        }

        await AnnounceAsync(application);
        return new(application.Id, ApplicationStatus.Pending, []);
    }

    /// <summary>The member's latest application to the opportunity, if any.</summary>
    public async Task<ApplicationStatus?> StatusForAsync(string userId, int opportunityId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<OpportunityApplication>().Where(a => a.OpportunityId == opportunityId && a.ApplicantId == userId)
            .OrderByDescending(a => a.CreatedAtUtc).Select(a => (ApplicationStatus?)a.Status).FirstOrDefaultAsync(ct);
    }

    public Task<OpportunityApplicationResult> AcceptAsync(string adminId, int applicationId, Guid expectedVersion, string? note = null, CancellationToken ct = default) =>
        DecideAsync(adminId, applicationId, expectedVersion, accept: true, note, ct);

    public Task<OpportunityApplicationResult> DeclineAsync(string adminId, int applicationId, Guid expectedVersion, string? note = null, CancellationToken ct = default) =>
        DecideAsync(adminId, applicationId, expectedVersion, accept: false, note, ct);

    public async Task<OpportunityApplicationResult> WithdrawAsync(string userId, int applicationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.Set<OpportunityApplication>().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null || application.ApplicantId != userId)
        {
            return Refused(FormField, ApplicationErrors.NotFound, "This application does not exist.");
        }

        return application.Withdraw(userId, Now) is { } error
            ? new(applicationId, application.Status, [Error(error)])
            : await SaveTransitionAsync(db, application, ct);
    }

    private async Task<OpportunityApplicationResult> DecideAsync(string adminId, int applicationId, Guid expectedVersion, bool accept, string? note, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.Set<OpportunityApplication>().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        var opportunity = application is null ? null : await db.Set<Opportunity>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == application.OpportunityId, ct);
        if (application is null || opportunity is null)
        {
            return Refused(FormField, ApplicationErrors.NotFound, "This application does not exist.");
        }

        if (!await IsAdminAsync(db, opportunity.OrganizationId, adminId, ct))
        {
            return Refused(FormField, OpportunityErrors.NotAdmin, "Only the organization's admins can answer its applications.");
        }

        if (application.Version != expectedVersion)
        {
            return new(applicationId, application.Status, [Error(ApplicationErrors.Conflict)]);
        }

        if (application.Decide(accept, adminId, note, Now) is { } error)
        {
            return new(applicationId, application.Status, [Error(error)]);
        }

        var result = await SaveTransitionAsync(db, application, ct);
        if (result.Succeeded)
        {
            var organization = await db.Organizations.Where(o => o.Id == opportunity.OrganizationId).Select(o => o.Name).SingleAsync(ct);
            await notifications.NotifyAsync(application.ApplicantId, NotificationKind.ApplicationDecided,
                $"{organization} {(accept ? "accepted" : "declined")} your application to {opportunity.Title}", "/my/applications?tab=opportunities", ct);
        }

        return result;
    }

    private static Task<bool> IsAdminAsync(DevConnectDbContext db, int organizationId, string userId, CancellationToken ct) =>
        db.Organizations.AnyAsync(o => o.Id == organizationId && o.Members.Any(m => m.UserId == userId && m.Role == OrganizationRole.Admin), ct);

    private async Task<FieldError?> CheckDailyLimitAsync(DevConnectDbContext db, string userId, CancellationToken ct)
    {
        var perDay = limits.Value.OpportunityApplicationsPerDay;
        var since = Now.AddDays(-1);
        var recent = await db.Set<OpportunityApplication>().Where(a => a.ApplicantId == userId && a.CreatedAtUtc > since)
            .OrderByDescending(a => a.CreatedAtUtc).Select(a => a.CreatedAtUtc).Take(perDay).ToListAsync(ct);
        if (recent.Count < perDay)
        {
            return null;
        }

        var lifts = recent[^1].AddDays(1);
        return new FieldError(FormField, OpportunityErrors.TooManyApplications,
            $"You can apply to {perDay} opportunities a day. You can apply again at {lifts:HH:mm} UTC.") { Arguments = [perDay, lifts] };
    }

    private async Task<OpportunityApplicationResult> SaveTransitionAsync(DevConnectDbContext db, OpportunityApplication application, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else moved this application first; say what it is now.
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            var now = await fresh.Set<OpportunityApplication>().Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync(ct);
            return new(application.Id, now, [Error(ApplicationErrors.Conflict)]);
        }

        await AnnounceAsync(application);
        logger.LogInformation("Opportunity application {ApplicationId} is now {Status}", application.Id, application.Status);
        return new(application.Id, application.Status, []);
    }

    private async Task AnnounceAsync(OpportunityApplication application)
    {
        var changed = new OpportunityApplicationChanged(application.Id, application.OpportunityId, application.Status);
        await live.PublishAsync(OpportunityKeys.Applications(application.OpportunityId), changed);
        await live.PublishAsync(LiveKeys.Applicant(application.ApplicantId), changed);
    }

    private static OpportunityApplicationResult AlreadyApplied() =>
        Refused(FormField, OpportunityErrors.AlreadyApplied, "You have already applied to this opportunity; the organization will answer soon.");

    private static OpportunityApplicationResult Refused(string field, string code, string message) => new(null, null, [new FieldError(field, code, message)]);

    private static FieldError Error(string code) => new(FormField, code, code switch
    {
        ApplicationErrors.AlreadyDecided => "This application has already been decided or withdrawn.",
        ApplicationErrors.Conflict => "Someone else changed this application a moment ago; here is where it stands now.",
        ApplicationErrors.NoteTooLong => $"Keep the note to {ProjectApplication.NoteMaxLength} characters.",
        ApplicationErrors.NotYours => "Only the applicant can withdraw an application.",
        _ => "This cannot be done.",
    });

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
