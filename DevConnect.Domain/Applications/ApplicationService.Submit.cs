using DevConnect.Domain.Accounts;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Applications;

/// <summary>Applying: the rules first, then one transaction for everything an application brings with it.</summary>
public sealed partial class ApplicationService
{
    public async Task<ApplicationResult> ApplyAsync(string userId, int projectId, string? role, string? message, CancellationToken ct = default) =>
        await ApplyAsync(userId, projectId, role, message, links: null, ct);

    public async Task<ApplicationResult> ApplyAsync(string userId, int projectId, string? role, string? message, string? links, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Projects.AsNoTracking().Include(p => p.Roles).SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return Refused(FormField, ApplicationErrors.NotFound, "This project no longer exists.");
        }

        var confirmed = await db.Users.Where(u => u.Id == userId).Select(u => (bool?)u.EmailConfirmed).SingleOrDefaultAsync(ct);
        if (confirmed != true)
        {
            return Refused(FormField, ApplicationErrors.EmailNotConfirmed, "Confirm your email address before applying.");
        }

        if (project.OwnerId == userId)
        {
            return Refused(FormField, ApplicationErrors.OwnProject, "This is your own project.");
        }

        if (project.Status != ProjectStatus.Recruiting)
        {
            return Refused(FormField, ApplicationErrors.NotRecruiting, "This project is not recruiting right now.");
        }

        if (await BlockService.AnyBetweenAsync(db, userId, project.OwnerId, ct))
        {
            return new(null, null, [SafetyErrors.NotAcceptingApplicationsError(FormField)]);
        }

        var errors = new List<FieldError>();
        var text = (message ?? "").Trim();
        if (text.Length is < ProjectApplication.MessageMinLength or > ProjectApplication.MessageMaxLength)
        {
            errors.Add(new(MessageField, ApplicationErrors.MessageLength,
                $"Write {ProjectApplication.MessageMinLength} to {ProjectApplication.MessageMaxLength:N0} characters: who you are and what you would like to do."));
        }

        var roleName = (role ?? "").Trim().ToLowerInvariant();
        if (roleName != ProjectApplication.OtherRole && project.Roles.All(r => r.Name != roleName))
        {
            errors.Add(new(RoleField, ApplicationErrors.RoleUnknown, "Choose one of the roles the project is looking for, or \"other\"."));
        }

        var linkList = (links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (linkList.Count > 3 || linkList.Any(l => l.Length > 200 || !Uri.TryCreate(l, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(uri.UserInfo)))
        {
            errors.Add(new(LinksField, ApplicationErrors.LinksInvalid, "Add up to three full https:// addresses, one per line."));
        }

        if (errors.Count > 0)
        {
            return new(null, null, errors);
        }

        if (await db.TeamMembers.AnyAsync(m => m.ProjectId == projectId && m.UserId == userId, ct))
        {
            return Refused(FormField, ApplicationErrors.AlreadyMember, "You are already on this project's team.");
        }

        if (await db.Applications.AnyAsync(a => a.ProjectId == projectId && a.ApplicantId == userId && a.Status == ApplicationStatus.Pending, ct))
        {
            return AlreadyApplied();
        }

        if (await limits.CheckAsync(db, userId, LimitedAction.Applications, FormField, ct) is { } limited)
        {
            return new(null, null, [limited]);
        }

        var application = ProjectApplication.Submit(projectId, userId, roleName, text, Now, options.Value.Lifetime,
            linkList.Count == 0 ? null : string.Join('\n', linkList.Select(l => new Uri(l).AbsoluteUri)));
        var applicantName = await db.Profiles.Where(p => p.UserId == userId).Select(p => p.DisplayName).SingleOrDefaultAsync(ct) ?? "Someone";
        if (!await SubmitAsync(db, application, project.OwnerId, $"{applicantName} applied to {project.Name} as {roleName}", ct))
        {
            return AlreadyApplied();
        }

        logger.LogInformation("User {UserId} applied to project {ProjectId} as {Role}", userId, projectId, roleName);
        // Only now, after the commit: a viewer who hears the news and reads finds all of it.
        await notifications.AnnounceAsync(project.OwnerId);
        _pendingCounts.Evict(project.OwnerId);
        rankings.Forget(userId);
        teamVersion.Advance();
        await live.PublishAsync(LiveKeys.Owner(project.OwnerId), new ApplicationSubmitted(application.Id, projectId));
        await live.PublishAsync(LiveKeys.Applicant(userId), new ApplicationStatusChanged(application.Id, projectId, ApplicationStatus.Pending));
        return new(application.Id, ApplicationStatus.Pending, []);
    }

    /// <summary>
    /// The application, its conversation (opened with the application's message) and the owner's notification with
    /// its email, in one transaction: a failure at any step leaves none of them. False when the unique index says
    /// this person already has a pending application here.
    /// </summary>
    private async Task<bool> SubmitAsync(DevConnectDbContext db, ProjectApplication application, string ownerId, string notice, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Applications.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // A double click or a second tab got there first: the unique index keeps exactly one.
            return false;
        }

        await messaging.AddForApplicationAsync(db, application.Id, application.ProjectId, application.ApplicantId, ownerId, application.Message, ct);
        await notifications.AddAsync(db, ownerId, NotificationKind.NewApplication, notice, $"/my/projects/{application.ProjectId}/applications", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
