using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace DevConnect.Tests.Live;

/// <summary>
/// The per-member counts in every signed-in page's header, kept between pages with the real in-process hub: what a
/// caller notices is how often the database is read, and that a change is never hidden behind a kept value.
/// </summary>
public sealed class KeyedReadCacheTests : IDisposable
{
    private readonly InProcessLiveEvents _hub = new(NullLogger<InProcessLiveEvents>.Instance);
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly KeyedReadCache<int> _cache;
    private int _stored = 3;
    private int _reads;

    public KeyedReadCacheTests() =>
        _cache = new(_hub, _clock, KeyFor, static (events, key, changed) => events.Subscribe<NotificationsChanged>(key, _ => changed()));

    private static string KeyFor(string userId) => "count:" + userId;

    private Task<int> ReadAsync(CancellationToken ct)
    {
        _reads++;
        return Task.FromResult(_stored);
    }

    public void Dispose()
    {
        _cache.Dispose();
        _hub.Dispose();
    }

    [Fact]
    public async Task A_count_is_read_once_and_read_again_after_an_event_on_the_members_key()
    {
        Assert.Equal(3, await _cache.GetAsync("ada", ReadAsync));
        Assert.Equal(3, await _cache.GetAsync("ada", ReadAsync));
        Assert.Equal(1, _reads);

        _stored = 4;
        await _hub.PublishAsync(KeyFor("ada"), new NotificationsChanged("ada"));

        await Patience.UntilAsync(async () => await _cache.GetAsync("ada", ReadAsync) == 4, "the kept count never changed");
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task An_event_on_another_members_key_keeps_this_members_count()
    {
        await _cache.GetAsync("ada", ReadAsync);
        await _cache.GetAsync("grace", ReadAsync);

        await _hub.PublishAsync(KeyFor("grace"), new NotificationsChanged("grace"));
        await Patience.UntilAsync(async () => { await _cache.GetAsync("grace", ReadAsync); return _reads == 3; }, "grace's count was never read again");

        await _cache.GetAsync("ada", ReadAsync);
        Assert.Equal(3, _reads);
    }

    [Fact]
    public async Task A_change_published_while_the_count_is_being_read_is_not_hidden_by_it()
    {
        var reading = new TaskCompletionSource();
        var release = new TaskCompletionSource<int>();
        var slow = _cache.GetAsync("ada", _ => { reading.SetResult(); return release.Task; });
        await reading.Task;

        _stored = 4;
        await _hub.PublishAsync(KeyFor("ada"), new NotificationsChanged("ada"));
        release.SetResult(3);
        Assert.Equal(3, await slow);

        // Kept, the 3 read before the change would hide it until the entry expired (the clock does not move here).
        await Patience.UntilAsync(async () => await _cache.GetAsync("ada", ReadAsync) == 4, "the kept count never changed");
    }

    [Fact]
    public async Task A_count_is_kept_thirty_seconds_at_most_and_its_subscription_goes_with_it()
    {
        var before = _hub.SubscriberCount;
        await _cache.GetAsync("ada", ReadAsync);
        Assert.Equal(before + 1, _hub.SubscriberCount);

        _clock.Advance(KeyedReadCache<int>.MaxAge);
        _stored = 5;
        Assert.Equal(5, await _cache.GetAsync("ada", ReadAsync));
        Assert.Equal(2, _reads);
        Assert.Equal(before + 1, _hub.SubscriberCount);

        _cache.Dispose();
        Assert.Equal(before, _hub.SubscriberCount);
    }

    [Fact]
    public async Task The_writer_forgets_at_once_and_a_listener_told_of_a_change_reads_the_latest()
    {
        await _cache.GetAsync("ada", ReadAsync);

        _stored = 6;
        _cache.Evict("ada");
        Assert.Equal(6, await _cache.GetAsync("ada", ReadAsync));

        _stored = 7;
        Assert.Equal(7, await _cache.GetAsync("ada", ReadAsync, latest: true));
        Assert.Equal(7, await _cache.GetAsync("ada", ReadAsync));
        Assert.Equal(3, _reads);
    }

    [Fact]
    public async Task Members_who_do_not_come_back_release_their_subscriptions()
    {
        var before = _hub.SubscriberCount;
        foreach (var member in new[] { "ada", "grace", "linus" })
        {
            await _cache.GetAsync(member, ReadAsync);
        }

        Assert.Equal(before + 3, _hub.SubscriberCount);
        _clock.Advance(KeyedReadCache<int>.MaxAge);
        await _cache.GetAsync("ada", ReadAsync);

        Assert.Equal(before + 1, _hub.SubscriberCount);
    }
}
