using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.TeamRecord;

/// <summary>What a member's profile shows of their teams, the same for every visitor.</summary>
/// <param name="Record">Every public project they were accepted into, newest first.</param>
/// <param name="Kudos">The kudos they accepted, newest first.</param>
/// <param name="Contributions">The public projects whose team they are on now, as cards.</param>
/// <param name="OnTeam">Every project they own or were accepted into: whom they may write kudos for.</param>
public sealed record TeamPart(IReadOnlyList<TeamRecordEntry> Record, IReadOnlyList<KudosView> Kudos, IReadOnlyList<ProjectCardView> Contributions, IReadOnlySet<int> OnTeam);

/// <summary>
/// A member's <see cref="TeamPart"/>, kept between the visits of everyone who opens their profile: its five reads were
/// a third of each signed-in <c>/u/{handle}</c> request (docs/PERFORMANCE.md). It is read again after any change that
/// may touch it, on any server: a team joined or left (<see cref="TeamChangeVersion"/>), a project renamed, hidden or
/// deleted (<see cref="ProjectChangeVersion"/>), kudos accepted (<see cref="Forget"/>), a profile saved (an author's
/// name on kudos; <see cref="ProfileUpdated"/>), and after 30 s at most for what announces nothing (a deleted account).
/// Such changes are rare next to visits, so dropping every member's copy on each is the simple right trade.
/// </summary>
public sealed class KeptTeamRecords : IDisposable
{
    // Past this many members, the oldest copies go all at once: memory stays bounded whatever the audience.
    private const int MaxMembers = 10_000;

    private readonly IDbContextFactory<DevConnectDbContext> _dbFactory;
    private readonly ApplicationService _applications;
    private readonly ProjectService _projects;
    private readonly StampedReads<TeamPart> _parts;
    private readonly IDisposable _subscription;
    private long _generation;

    public KeptTeamRecords(
        IDbContextFactory<DevConnectDbContext> dbFactory, ApplicationService applications, ProjectService projects,
        ProjectChangeVersion projectVersion, TeamChangeVersion teamVersion, ILiveEvents live, TimeProvider clock)
    {
        (_dbFactory, _applications, _projects) = (dbFactory, applications, projects);
        _parts = new(clock, MaxMembers, () => Interlocked.Read(ref _generation) + projectVersion.Current + teamVersion.Current);
        _subscription = live.Subscribe<ProfileUpdated>(LiveKeys.People, _ =>
        {
            Forget();
            return Task.CompletedTask;
        });
    }

    public Task<TeamPart> GetAsync(string memberId, CancellationToken ct = default) => _parts.GetAsync(memberId, token => ReadAsync(memberId, token), ct);

    /// <summary>Kudos were accepted: their server calls it before announcing, so the next visit shows them.</summary>
    public void Forget() => Interlocked.Increment(ref _generation);

    public void Dispose() => _subscription.Dispose();

    private async Task<TeamPart> ReadAsync(string memberId, CancellationToken ct)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var record = await TeamRecordQueries.RecordAsync(db, memberId, ct);
        var kudos = await TeamRecordQueries.KudosAsync(db, memberId, includePending: false, ct);
        var onTeam = await TeamRecordQueries.OnTeam(db, memberId).ToListAsync(ct);
        var contributions = await _projects.ListByIdsAsync(await _applications.ProjectsContributedToAsync(memberId, ct), ct);
        return new(record, kudos, contributions, onTeam.ToHashSet());
    }
}
