using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Applications;

/// <summary>
/// A project's team as its page shows it, kept between views until the team changes (<see cref="TeamChanged"/> on the
/// project's key, heard from every server; <see cref="ApplicationService"/> also forgets it here before publishing),
/// and 30 s at most, for a member's new name or avatar. Every view of a project page read it again before (8% of a
/// signed-in project page under load).
/// </summary>
public sealed class TeamReads(IDbContextFactory<DevConnectDbContext> dbFactory, ILiveEvents live, TeamChangeVersion version, TimeProvider clock) : IDisposable
{
    // Kept under the project's live key itself, so the key to listen on is the key kept under.
    private readonly KeyedReadCache<IReadOnlyList<TeamMemberView>> _teams = new(live, clock, static key => key,
        static (events, key, changed) => events.Subscribe<TeamChanged>(key, _ => changed()));

    /// <summary>The members, first to join first.</summary>
    /// <param name="latest">For a listener <see cref="TeamChanged"/> just reached: see <see cref="KeyedReadCache{T}.GetAsync"/>.</param>
    public Task<IReadOnlyList<TeamMemberView>> ListAsync(int projectId, bool latest = false, CancellationToken ct = default) =>
        _teams.GetAsync(LiveKeys.Project(projectId), async token =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            return await db.TeamMembers.AsNoTracking().Where(m => m.ProjectId == projectId).OrderBy(m => m.JoinedAtUtc)
                .Join(db.Profiles, m => m.UserId, p => p.UserId, (m, p) => new TeamMemberView(m.UserId, p.DisplayName, p.Handle, p.AvatarPath, m.Role, m.JoinedAtUtc))
                .ToListAsync(token);
        }, latest, ct);

    /// <summary>Forgets the team on this server at once, before <see cref="TeamChanged"/> goes out.</summary>
    internal void Forget(int projectId)
    {
        _teams.Evict(LiveKeys.Project(projectId));
        version.Advance();
    }

    public void Dispose() => _teams.Dispose();
}
