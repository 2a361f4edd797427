using System.Globalization;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Matching;

public sealed record PersonWhoFits(string UserId, string DisplayName, string Handle, string? AvatarPath, ExperienceLevel Level, MatchScore Match, bool Invited);

public sealed record InvitationView(
    int Id, int ProjectId, string ProjectName, string ProjectSlug, string OwnerName, string Role, InvitationStatus Status, int ConversationId, DateTime CreatedAtUtc);

public static class InvitationErrors
{
    public const string NotFound = "InvitationNotFound";
    public const string AlreadyInvited = "InvitationAlreadySent";
    public const string NotInvitable = "InvitationNotInvitable";
    public const string NotRecruiting = "InvitationNotRecruiting";
    public const string RoleUnknown = "InvitationRoleUnknown";
    public const string Limit = "InvitationLimit";
    public const string AlreadyAnswered = "InvitationAnswered";
}

/// <summary>
/// Owners' side of matching: the members who fit a project, and inviting one of them to apply (a notification and a
/// conversation). Only the owner sees or invites; only the invitee answers. Blocked members and members hidden from
/// the directory are never shown, and a crafted request to invite one is refused the same way.
/// </summary>
public sealed class InvitationService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    NotificationService notifications,
    IOptions<MatchingOptions> options,
    TimeProvider clock,
    ILogger<InvitationService> logger)
{
    public const string RoleField = "Role";
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Null when <paramref name="ownerId"/> does not own the project.</summary>
    public async Task<IReadOnlyList<PersonWhoFits>?> PeopleWhoFitAsync(string ownerId, int projectId, int take = 8, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Projects.AnyAsync(p => p.Id == projectId && p.OwnerId == ownerId, ct))
        {
            return null;
        }

        if ((await MatchReads.ProjectsAsync(db, [projectId], Now, ct)).SingleOrDefault() is not { } project)
        {
            return [];
        }

        var invited = (await db.Set<ProjectInvitation>().Where(i => i.ProjectId == projectId).Select(i => i.InviteeId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var now = Now;
        return (await PeopleWhoFitReads.CandidatesAsync(db, project, ct))
            .Select(c => (c.Profile, Match: MatchScorer.Score(c.Member, project, now)))
            .Where(c => c.Match.Value >= MatchScorer.SuggestionFloor)
            .OrderByDescending(c => c.Match.Value).ThenBy(c => c.Profile.DisplayName, StringComparer.Ordinal)
            .Take(take)
            .Select(c => new PersonWhoFits(c.Profile.UserId, c.Profile.DisplayName, c.Profile.Handle, c.Profile.AvatarPath, c.Profile.Level, c.Match, invited.Contains(c.Profile.UserId)))
            .ToList();
    }

    public async Task<DomainResult<int>> InviteAsync(string ownerId, int projectId, string inviteeId, string? role, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Projects.AsNoTracking().Include(p => p.Roles).SingleOrDefaultAsync(p => p.Id == projectId && p.OwnerId == ownerId, ct);
        if (project is null)
        {
            return DomainResult<int>.Refused(new("", ProjectErrors.NotFound, "This project no longer exists."));
        }

        if (project.Status != ProjectStatus.Recruiting)
        {
            return DomainResult<int>.Refused(new("", InvitationErrors.NotRecruiting, "Set the project to recruiting before inviting people."));
        }

        var roleName = (role ?? "").Trim().ToLowerInvariant();
        if (project.Roles.All(r => r.Name != roleName))
        {
            return DomainResult<int>.Refused(new(RoleField, InvitationErrors.RoleUnknown, "Choose one of the project's roles."));
        }

        var invitable = inviteeId != ownerId
            && await db.Profiles.AnyAsync(p => p.UserId == inviteeId && p.IsListedInDirectory && p.IsPublic && p.OpenToCollaborate, ct)
            && !await BlockService.AnyBetweenAsync(db, ownerId, inviteeId, ct);
        if (!invitable)
        {
            return DomainResult<int>.Refused(new("", InvitationErrors.NotInvitable, "This member cannot be invited."));
        }

        if (await db.Set<ProjectInvitation>().AnyAsync(i => i.ProjectId == projectId && i.InviteeId == inviteeId, ct))
        {
            return DomainResult<int>.Refused(AlreadyInvited());
        }

        if (await LimitAsync(db, ownerId, ct) is { } limited)
        {
            return DomainResult<int>.Refused(limited);
        }

        var ownerName = await db.Profiles.Where(p => p.UserId == ownerId).Select(p => p.DisplayName).SingleOrDefaultAsync(ct) ?? "An owner";
        var now = Now;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var conversation = await db.Conversations.Include(c => c.Participants)
                .Where(c => c.ProjectId == projectId && c.Kind == ConversationKind.Contact && c.Participants.Any(p => p.UserId == inviteeId) && c.Participants.Any(p => p.UserId == ownerId))
                .FirstOrDefaultAsync(ct);
            if (conversation is null)
            {
                conversation = Conversation.Contact(projectId, inviteeId, ownerId, now);
                db.Conversations.Add(conversation);
                await db.SaveChangesAsync(ct);
            }

            var text = $"{ownerName} invites you to apply to {project.Name} as {roleName}. Accept or decline in [your invitations](/my/invitations).";
            db.Messages.Add(conversation.Post(ownerId, text, now).Value!);
            var invitation = new ProjectInvitation(projectId, ownerId, inviteeId, roleName, conversation.Id, now);
            db.Add(invitation);
            await notifications.AddAsync(db, inviteeId, NotificationKind.Invitation, $"{ownerName} invites you to apply to {project.Name}", "/my/invitations", ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            await notifications.AnnounceAsync(inviteeId);
            logger.LogInformation("Owner {OwnerId} invited {InviteeId} to project {ProjectId}", ownerId, inviteeId, projectId);
            return DomainResult<int>.Success(invitation.Id);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return DomainResult<int>.Refused(AlreadyInvited());
        }
    }

    public async Task<IReadOnlyList<InvitationView>> ListForInviteeAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Views(db, db.Set<ProjectInvitation>().Where(i => i.InviteeId == userId)).ToListAsync(ct);
    }

    /// <summary>Accepts (the caller then opens the apply form with the role) or declines; the owner is told either way.</summary>
    public async Task<DomainResult<InvitationView>> AnswerAsync(string userId, int invitationId, bool accept, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invitation = await db.Set<ProjectInvitation>().SingleOrDefaultAsync(i => i.Id == invitationId && i.InviteeId == userId, ct);
        if (invitation is null)
        {
            return DomainResult<InvitationView>.Refused(new("", InvitationErrors.NotFound, "This invitation does not exist."));
        }

        if (!invitation.Answer(userId, accept, Now))
        {
            return DomainResult<InvitationView>.Refused(new("", InvitationErrors.AlreadyAnswered, "You have already answered this invitation."));
        }

        var name = await db.Profiles.Where(p => p.UserId == userId).Select(p => p.DisplayName).SingleOrDefaultAsync(ct) ?? "Someone";
        var project = await db.Projects.Where(p => p.Id == invitation.ProjectId).Select(p => p.Name).SingleAsync(ct);
        await notifications.AddAsync(db, invitation.OwnerId, NotificationKind.Invitation,
            accept ? $"{name} accepted your invitation to {project}" : $"{name} declined your invitation to {project}", $"/messages/{invitation.ConversationId}", ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return DomainResult<InvitationView>.Refused(new("", InvitationErrors.AlreadyAnswered, "You have already answered this invitation."));
        }

        await notifications.AnnounceAsync(invitation.OwnerId);
        return DomainResult<InvitationView>.Success(await Views(db, db.Set<ProjectInvitation>().Where(i => i.Id == invitationId)).SingleAsync(ct));
    }

    private static IQueryable<InvitationView> Views(DevConnectDbContext db, IQueryable<ProjectInvitation> invitations) =>
        invitations.OrderByDescending(i => i.CreatedAtUtc)
            .Join(db.Projects, i => i.ProjectId, p => p.Id, (i, p) => new { i, p.Name, p.Slug })
            .Select(x => new InvitationView(
                x.i.Id, x.i.ProjectId, x.Name, x.Slug,
                db.Profiles.Where(o => o.UserId == x.i.OwnerId).Select(o => o.DisplayName).FirstOrDefault() ?? "",
                x.i.Role, x.i.Status, x.i.ConversationId, x.i.CreatedAtUtc));

    private async Task<FieldError?> LimitAsync(DevConnectDbContext db, string ownerId, CancellationToken ct)
    {
        var limit = options.Value.InvitationsPerDay;
        var since = Now - Day;
        var recent = await db.Set<ProjectInvitation>().Where(i => i.OwnerId == ownerId && i.CreatedAtUtc > since)
            .OrderByDescending(i => i.CreatedAtUtc).Select(i => i.CreatedAtUtc).Take(limit).ToListAsync(ct);
        if (recent.Count < limit)
        {
            return null;
        }

        var lifts = recent[^1] + Day;
        return new FieldError("", InvitationErrors.Limit,
            $"You can send {limit} invitations a day. You can invite again at {lifts.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC.")
        {
            Arguments = [limit, lifts],
        };
    }

    private static FieldError AlreadyInvited() => new("", InvitationErrors.AlreadyInvited, "You have already invited this member to this project.");
}
