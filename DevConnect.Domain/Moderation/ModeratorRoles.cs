using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Moderation;

public sealed record ModeratorView(string UserId, string DisplayName, string Handle, bool IsAdministrator, bool HasRole);

/// <summary>Administrators grant and remove the <c>Moderator</c> role; each change is an audit row.</summary>
public sealed class ModeratorRoles(
    IDbContextFactory<DevConnectDbContext> dbFactory, ModerationAccess access, ModeratorDirectory directory, ILiveEvents live, TimeProvider clock,
    ILogger<ModeratorRoles> logger)
{
    public const string HandleField = "Handle";

    /// <summary>The <see cref="ModerationQueueChanged.Reason"/> of a role granted or removed.</summary>
    public const string RolesChanged = "roles";

    /// <summary>Moderators and administrators, for an administrator (empty for anyone else).</summary>
    public async Task<IReadOnlyList<ModeratorView>> ListAsync(string actorId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await access.IsAdministratorAsync(db, actorId, ct))
        {
            return [];
        }

        var withRole = ModerationAccess.RoleHolders(db);
        var admins = access.AdministratorEmails;
        var rows = await db.Profiles.AsNoTracking()
            .Select(p => new { p.UserId, p.DisplayName, p.Handle, Email = p.User!.NormalizedEmail, Confirmed = p.User.EmailConfirmed, HasRole = withRole.Contains(p.UserId) })
            .Where(p => p.HasRole || (p.Confirmed && admins.Contains(p.Email!)))
            .ToListAsync(ct);
        return rows.Select(r => new ModeratorView(r.UserId, r.DisplayName, r.Handle, r.Confirmed && access.IsAdministratorEmail(r.Email), r.HasRole))
            .OrderBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public Task<DomainResult> GrantAsync(string actorId, string handle, CancellationToken ct = default) => ChangeAsync(actorId, handle, grant: true, ct);

    public Task<DomainResult> RemoveAsync(string actorId, string handle, CancellationToken ct = default) => ChangeAsync(actorId, handle, grant: false, ct);

    private async Task<DomainResult> ChangeAsync(string actorId, string handle, bool grant, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await access.IsAdministratorAsync(db, actorId, ct))
        {
            return ModerationRules.Refused("", ModerationErrors.NotAdministrator, "Only administrators change who moderates.");
        }

        var normalized = Handle.Normalize(handle ?? "");
        if (await db.Profiles.Where(p => p.Handle == normalized).Select(p => p.UserId).SingleOrDefaultAsync(ct) is not { } memberId)
        {
            return ModerationRules.Refused(HandleField, ModerationErrors.UserNotFound, "Nobody has this handle.");
        }

        if (memberId == actorId)
        {
            return ModerationRules.SelfRefusal();
        }

        var role = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == ModerationAccess.NormalizedModeratorRole, ct);
        if (role is null)
        {
            role = new IdentityRole(ModerationAccess.ModeratorRole) { NormalizedName = ModerationAccess.NormalizedModeratorRole };
            db.Roles.Add(role);
        }

        var membership = await db.UserRoles.SingleOrDefaultAsync(ur => ur.UserId == memberId && ur.RoleId == role.Id, ct);
        if (grant == (membership is not null))
        {
            // Already so: nothing to record, and the answer is the same as if it had just been done.
            return ModerationRules.Done;
        }

        if (grant)
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = memberId, RoleId = role.Id });
        }
        else
        {
            db.UserRoles.Remove(membership!);
        }

        ModerationRules.Audit(db, actorId, grant ? ModerationActionKind.GrantModerator : ModerationActionKind.RemoveModerator, memberId, null, null, null, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another administrator did the same at the same moment.
            return ModerationRules.Done;
        }

        logger.LogInformation("Administrator {ActorId} {Change} the moderator role for {MemberId}", actorId, grant ? "granted" : "removed", memberId);
        directory.Forget();
        await live.PublishAsync(ModerationKeys.Queue, new ModerationQueueChanged(RolesChanged));
        return ModerationRules.Done;
    }
}
