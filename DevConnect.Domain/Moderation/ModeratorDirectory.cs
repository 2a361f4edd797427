using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Moderation;

/// <summary>
/// Whether a member's menu shows the way to /admin, on every page they open: the moderators and the confirmed
/// administrators, read as one small set for everyone, dropped when a role changes (<see cref="ModeratorRoles"/> forgets
/// it at once, other servers on the "roles" queue event) and after 30 s at most (an administrator's email confirmed
/// publishes nothing). Only the menu asks here: every moderation service still asks <see cref="ModerationAccess"/>
/// itself, so a member whose role was removed loses the dashboard at once, and the link within 30 s.
/// </summary>
public sealed class ModeratorDirectory : IDisposable
{
    private readonly SharedSnapshot<HashSet<string>> _moderators;
    private readonly IDisposable _subscription;

    public ModeratorDirectory(IDbContextFactory<DevConnectDbContext> dbFactory, ModerationAccess access, ILiveEvents live, TimeProvider clock)
    {
        _moderators = new(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var ids = await ModerationAccess.RoleHolders(db).ToListAsync();
            var admins = access.AdministratorEmails;
            if (admins.Count > 0)
            {
                ids.AddRange(await db.Users.Where(u => u.EmailConfirmed && admins.Contains(u.NormalizedEmail!)).Select(u => u.Id).ToListAsync());
            }

            return ids.ToHashSet(StringComparer.Ordinal);
        }, clock);
        _subscription = live.Subscribe<ModerationQueueChanged>(ModerationKeys.Queue, e =>
        {
            if (e.Reason == ModeratorRoles.RolesChanged)
            {
                _moderators.Forget();
            }

            return Task.CompletedTask;
        });
    }

    public async Task<bool> ShowsModerationAsync(string? userId, CancellationToken ct = default) =>
        userId is not null && (await _moderators.GetAsync(ct)).Contains(userId);

    /// <summary>A role changed on this server: the next page reads the set again.</summary>
    public void Forget() => _moderators.Forget();

    public void Dispose() => _subscription.Dispose();
}
