using DevConnect.Domain.Live;

namespace DevConnect.Domain.Profiles;

/// <summary>The home page's newest members and how many members are listed.</summary>
public sealed record HomePeople(IReadOnlyList<ProfileSummary> Newest, int ListedCount);

/// <summary>
/// What the home page shows of its members is the same for every visitor, signed in or not: read once for all of them,
/// dropped when a profile is saved (<see cref="ProfileUpdated"/> on <see cref="LiveKeys.People"/>, heard from every
/// server) and after <see cref="MaxAge"/> at most, for what publishes nothing (an account opened or deleted). A CPU
/// trace of the signed-in home page under load put these two reads at a fifth of each request (docs/PERFORMANCE.md).
/// </summary>
public sealed class SharedPeopleReads : IDisposable
{
    public const int NewestShown = 8;

    private readonly SharedSnapshot<HomePeople> _home;
    private readonly IDisposable _subscription;

    public SharedPeopleReads(ProfileService profiles, ILiveEvents live, TimeProvider clock)
    {
        _home = new(async () => new(
            await profiles.ListNewestAsync(NewestShown, CancellationToken.None), await profiles.CountListedAsync(CancellationToken.None)), clock);
        _subscription = live.Subscribe<ProfileUpdated>(LiveKeys.People, _ =>
        {
            _home.Forget();
            return Task.CompletedTask;
        });
    }

    public static TimeSpan MaxAge => SharedSnapshot<HomePeople>.MaxAge;

    public Task<HomePeople> HomeAsync(CancellationToken ct = default) => _home.GetAsync(ct);

    /// <summary>Members were added without an event (the demo data): the next page reads them again.</summary>
    public void Forget() => _home.Forget();

    public void Dispose() => _subscription.Dispose();
}
