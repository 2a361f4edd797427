using DevConnect.Domain.Live;

namespace DevConnect.Domain.Profiles;

/// <summary>The home page's newest members and how many members are listed.</summary>
public sealed record HomePeople(IReadOnlyList<ProfileSummary> Newest, int ListedCount);

/// <summary>
/// What the home page and the people directory show of members is the same for every visitor, signed in or not: read
/// once for all of them, dropped when a profile is saved (<see cref="ProfileUpdated"/> on <see cref="LiveKeys.People"/>,
/// heard from every server) and after <see cref="MaxAge"/> at most, for what publishes nothing (an account opened or
/// deleted). A CPU trace of the signed-in home page under load put the home page's two reads at a fifth of each request,
/// and the directory's search was most of <c>/people</c> (docs/PERFORMANCE.md).
/// </summary>
public sealed class SharedPeopleReads : IDisposable
{
    public const int NewestShown = 8;

    // Distinct filter sets are few in practice; a flood of unusual ones just starts the directory's pages afresh.
    private const int MaxSearches = 1024;

    private readonly SharedSnapshot<HomePeople> _home;
    private readonly StampedReads<PeoplePage> _searches;
    private readonly ProfileService _profiles;
    private readonly IDisposable _subscription;
    private long _generation;

    public SharedPeopleReads(ProfileService profiles, ILiveEvents live, TimeProvider clock)
    {
        _profiles = profiles;
        _searches = new(clock, MaxSearches, () => Interlocked.Read(ref _generation));
        _home = new(async () => new(
            await profiles.ListNewestAsync(NewestShown, CancellationToken.None), await profiles.CountListedAsync(CancellationToken.None)), clock);
        _subscription = live.Subscribe<ProfileUpdated>(LiveKeys.People, _ =>
        {
            Forget();
            return Task.CompletedTask;
        });
    }

    public static TimeSpan MaxAge => SharedSnapshot<HomePeople>.MaxAge;

    public Task<HomePeople> HomeAsync(CancellationToken ct = default) => _home.GetAsync(ct);

    /// <summary>A page of the people directory, as <see cref="ProfileService.SearchAsync"/> gives it.</summary>
    public Task<PeoplePage> SearchAsync(PeopleQuery query, CancellationToken ct = default) =>
        _searches.GetAsync(KeyOf(query), token => _profiles.SearchAsync(query, token), ct);

    /// <summary>Members were added without an event (the demo data): the next page reads them again.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _home.Forget();
    }

    public void Dispose() => _subscription.Dispose();

    private static string KeyOf(PeopleQuery query) => string.Join('|',
        string.Join(',', query.Skills.Order(StringComparer.Ordinal)), string.Join(',', query.Levels.Order()),
        query.OpenToCollaborateOnly, query.Mentoring, query.Text?.Trim() ?? "", query.Page, query.PageSize);
}
