using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Moderation;

/// <summary>
/// Who moderates: members with the <c>Moderator</c> role, and the administrators named in <c>Admin:Emails</c> (with
/// that email confirmed, so nobody becomes one by signing up with an address they do not own). Every moderation
/// service asks here itself, so a crafted request that skips the dashboard gets the same answer.
/// </summary>
public sealed class ModerationAccess(IDbContextFactory<DevConnectDbContext> dbFactory, IOptions<AdminOptions> admins)
{
    public const string ModeratorRole = "Moderator";
    public const string NormalizedModeratorRole = "MODERATOR";

    private readonly HashSet<string> _adminEmails = admins.Value.Emails.Select(e => e.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    public async Task<bool> IsModeratorAsync(string? userId, CancellationToken ct = default)
    {
        if (userId is null)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await IsModeratorAsync(db, userId, ct);
    }

    /// <summary>
    /// Whether <paramref name="viewerId"/> may see an item in <paramref name="state"/>: everyone when it is public;
    /// when hidden, held or suspended, only its author and the moderators (asked only then).
    /// </summary>
    public async Task<bool> MaySeeAsync(ContentState state, string authorId, string? viewerId, CancellationToken ct = default) =>
        state.VisibleTo(viewerId, authorId, !state.IsPublic && await IsModeratorAsync(viewerId, ct));

    public async Task<bool> IsAdministratorAsync(string? userId, CancellationToken ct = default)
    {
        if (userId is null)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await IsAdministratorAsync(db, userId, ct);
    }

    internal async Task<bool> IsAdministratorAsync(DevConnectDbContext db, string userId, CancellationToken ct)
    {
        if (_adminEmails.Count == 0)
        {
            return false;
        }

        var email = await db.Users.Where(u => u.Id == userId && u.EmailConfirmed).Select(u => u.NormalizedEmail).SingleOrDefaultAsync(ct);
        return email is not null && _adminEmails.Contains(email);
    }

    internal async Task<bool> IsModeratorAsync(DevConnectDbContext db, string userId, CancellationToken ct) =>
        await HasRoleAsync(db, userId, ct) || await IsAdministratorAsync(db, userId, ct);

    internal static Task<bool> HasRoleAsync(DevConnectDbContext db, string userId, CancellationToken ct) =>
        RoleHolders(db).AnyAsync(id => id == userId, ct);

    /// <summary>The members who hold the <c>Moderator</c> role (not the administrators from configuration).</summary>
    internal static IQueryable<string> RoleHolders(DevConnectDbContext db) =>
        db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == NormalizedModeratorRole)).Select(ur => ur.UserId);

    internal List<string> AdministratorEmails => [.. _adminEmails];

    internal bool IsAdministratorEmail(string? normalizedEmail) => normalizedEmail is not null && _adminEmails.Contains(normalizedEmail);
}
