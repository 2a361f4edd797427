using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Matching;

/// <summary>
/// Published on a member's profile key when what they may be suggested changed while their profile did not: a
/// dismissal, a block on either side, leaving a team.
/// </summary>
public sealed record SuggestionsChanged(string UserId);

/// <summary>A member's best projects (ids and scores), the facts they were scored on, and the projects' version then.</summary>
internal sealed record MemberRanking(MemberMatchFacts? Member, IReadOnlyList<(int ProjectId, MatchScore Match)> Ranked)
{
    public long ProjectVersion { get; init; }
}

/// <summary>
/// Each member's ranking kept between the pages they open: a CPU trace of the signed-in home page under load put the
/// "For you" strip at 40% of each request, most of it ranking the same projects for the same member again.
/// A ranking is dropped when
/// <list type="bullet">
/// <item>a project is posted, edited or deleted (<see cref="ProjectChangeVersion"/>, advanced on every server);</item>
/// <item>the member's side changes: their profile (<see cref="ProfileUpdated"/>), their applications
/// (<see cref="ApplicationStatusChanged"/>), or a dismissal, block or departure (<see cref="SuggestionsChanged"/>),
/// heard from every server; the service making the change also forgets it here at once;</item>
/// <item>after <see cref="KeyedReadCache{T}.MaxAge"/> at most, for what publishes nothing: a GitHub refresh, an
/// owner's profile.</item>
/// </list>
/// </summary>
public sealed class KeptRankings : IDisposable
{
    private readonly KeyedReadCache<MemberRanking> _rankings;
    private readonly ILiveEvents _live;
    private readonly ProjectChangeVersion _version;

    public KeptRankings(ILiveEvents live, ProjectChangeVersion version, TimeProvider clock)
    {
        (_live, _version) = (live, version);
        _rankings = new(live, clock, static userId => userId, static (events, userId, changed) => new Subscriptions(
            events.Subscribe<ProfileUpdated>(LiveKeys.Profile(userId), _ => changed()),
            events.Subscribe<SuggestionsChanged>(LiveKeys.Profile(userId), _ => changed()),
            events.Subscribe<ApplicationStatusChanged>(LiveKeys.Applicant(userId), _ => changed())));
    }

    /// <summary>Drops the member's ranking on this server at once; other servers hear the event the change publishes.</summary>
    public void Forget(string userId) => _rankings.Evict(userId);

    /// <summary>For a change that publishes nothing else: forgets here, then tells every server.</summary>
    public Task ChangedAsync(string userId)
    {
        Forget(userId);
        return _live.PublishAsync(LiveKeys.Profile(userId), new SuggestionsChanged(userId));
    }

    public void Dispose() => _rankings.Dispose();

    internal async Task<MemberRanking> GetAsync(string userId, Func<CancellationToken, Task<MemberRanking>> rank, CancellationToken ct)
    {
        async Task<MemberRanking> ReadAsync(CancellationToken token)
        {
            // The version before the read: a project that changes during it makes the ranking stale, never current.
            var version = _version.Current;
            return await rank(token) with { ProjectVersion = version };
        }

        var kept = await _rankings.GetAsync(userId, ReadAsync, ct: ct);
        return kept.ProjectVersion == _version.Current ? kept : await _rankings.GetAsync(userId, ReadAsync, latest: true, ct);
    }
}
