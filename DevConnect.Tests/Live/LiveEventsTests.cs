using DevConnect.Domain.Live;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace DevConnect.Tests.Live;

/// <summary>The in-process hub: publishing never waits for a subscriber, and subscribers never wait for each other.</summary>
public sealed class LiveEventsTests : IDisposable
{
    private const string Feed = LiveKeys.ProjectFeed;
    private readonly InProcessLiveEvents _hub = new(NullLogger<InProcessLiveEvents>.Instance);
    private readonly TaskCompletionSource _never = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose()
    {
        _never.TrySetResult();
        _hub.Dispose();
    }

    [Fact]
    public async Task The_publisher_does_not_wait_for_a_stalled_subscriber_and_the_others_still_hear_the_news()
    {
        var stalledEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stalled = _hub.Subscribe<ProjectUpdated>(Feed, async _ =>
        {
            stalledEntered.TrySetResult();
            await _never.Task;
        });
        using var watcher = new LiveProbe<ProjectUpdated>(_hub, Feed);

        var first = _hub.PublishAsync(Feed, new ProjectUpdated(1));
        await stalledEntered.Task.WaitAsync(LiveProbe<ProjectUpdated>.Patience);
        var second = _hub.PublishAsync(Feed, new ProjectUpdated(2));

        Assert.True(first.IsCompletedSuccessfully && second.IsCompletedSuccessfully, "publishing waited for a subscriber");
        Assert.Equal([new ProjectUpdated(1), new ProjectUpdated(2)], await watcher.WaitForAsync(2));
    }

    [Fact]
    public async Task A_throwing_subscriber_stops_neither_the_others_nor_its_own_later_events()
    {
        var calls = 0;
        var secondCall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var broken = _hub.Subscribe<ProjectUpdated>(Feed, _ =>
        {
            if (Interlocked.Increment(ref calls) == 2)
            {
                secondCall.TrySetResult();
            }

            throw new InvalidOperationException("this circuit is gone");
        });
        using var watcher = new LiveProbe<ProjectUpdated>(_hub, Feed);

        await _hub.PublishAsync(Feed, new ProjectUpdated(1));
        await _hub.PublishAsync(Feed, new ProjectUpdated(2));

        Assert.Equal([new ProjectUpdated(1), new ProjectUpdated(2)], await watcher.WaitForAsync(2));
        await secondCall.Task.WaitAsync(LiveProbe<ProjectUpdated>.Patience);
    }

    [Fact]
    public async Task A_burst_that_piles_up_behind_a_busy_subscriber_is_delivered_once_in_order()
    {
        var heard = new List<int>();
        var busy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var slow = _hub.Subscribe<ProjectUpdated>(Feed, async e =>
        {
            lock (heard)
            {
                heard.Add(e.ProjectId);
            }

            busy.TrySetResult();
            await release.Task;
            if (e.ProjectId == 9)
            {
                done.TrySetResult();
            }
        });

        var witnessHeardLast = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var witness = _hub.Subscribe<ProjectUpdated>(Feed, e =>
        {
            if (e.ProjectId == 9)
            {
                witnessHeardLast.TrySetResult();
            }

            return Task.CompletedTask;
        });

        await _hub.PublishAsync(Feed, new ProjectUpdated(7));
        await busy.Task.WaitAsync(LiveProbe<ProjectUpdated>.Patience);
        for (var i = 0; i < 20; i++)
        {
            await _hub.PublishAsync(Feed, new ProjectUpdated(8));
        }

        await _hub.PublishAsync(Feed, new ProjectUpdated(9));
        // The hub hands an event to its subscribers in the order they subscribed: once the witness has 9, the slow
        // subscriber's queue holds the whole burst.
        await witnessHeardLast.Task.WaitAsync(LiveProbe<ProjectUpdated>.Patience);
        release.SetResult();
        await done.Task.WaitAsync(LiveProbe<ProjectUpdated>.Patience);

        Assert.Equal([7, 8, 9], heard);
    }

    [Fact]
    public async Task Each_subscriber_hears_events_in_the_order_they_were_published()
    {
        using var watcher = new LiveProbe<ProjectUpdated>(_hub, Feed);

        // Fewer than a subscription's queue holds, so every one of them must arrive.
        for (var id = 1; id <= 60; id++)
        {
            await _hub.PublishAsync(Feed, new ProjectUpdated(id));
        }

        Assert.Equal(Enumerable.Range(1, 60).Select(id => new ProjectUpdated(id)), await watcher.WaitForAsync(60));
    }

    [Fact]
    public async Task A_subscriber_that_falls_far_behind_drops_the_oldest_and_ends_on_the_newest()
    {
        var heard = new List<int>();
        var busy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var newest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var slow = _hub.Subscribe<ProjectUpdated>(Feed, async e =>
        {
            heard.Add(e.ProjectId);
            busy.TrySetResult();
            await release.Task;
            if (e.ProjectId == 1000)
            {
                newest.TrySetResult();
            }
        });
        var witnessDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var witness = _hub.Subscribe<ProjectUpdated>(Feed, e =>
        {
            if (e.ProjectId == 1000)
            {
                witnessDone.TrySetResult();
            }

            return Task.CompletedTask;
        });

        await _hub.PublishAsync(Feed, new ProjectUpdated(1));
        await busy.Task.WaitAsync(LiveProbe<ProjectUpdated>.Patience);
        for (var id = 2; id <= 1000; id++)
        {
            await _hub.PublishAsync(Feed, new ProjectUpdated(id));
        }

        await witnessDone.Task.WaitAsync(LiveProbe<ProjectUpdated>.Patience);
        release.SetResult();
        await newest.Task.WaitAsync(LiveProbe<ProjectUpdated>.Patience);

        // Memory stays bounded (one queue's worth), and the listener's last word is the newest event.
        Assert.InRange(heard.Count, 2, 1 + 64);
        Assert.Equal(1000, heard[^1]);
        Assert.Equal(heard.Order(), heard);
    }

    [Fact]
    public async Task Only_subscribers_of_the_key_and_the_event_type_hear_it()
    {
        using var otherProject = new LiveProbe<ProjectUpdated>(_hub, LiveKeys.Project(2));
        using var deletions = new LiveProbe<ProjectDeleted>(_hub, LiveKeys.Project(1));
        using var updates = new LiveProbe<ProjectUpdated>(_hub, LiveKeys.Project(1));

        await _hub.PublishAsync(LiveKeys.Project(1), new ProjectUpdated(1));
        await _hub.PublishAsync(LiveKeys.Project(1), new ProjectDeleted(1));

        Assert.Equal([new ProjectUpdated(1)], await updates.WaitForAsync());
        Assert.Equal([new ProjectDeleted(1)], await deletions.WaitForAsync());
        Assert.Empty(otherProject.Heard);
    }

    [Fact]
    public async Task Closed_subscriptions_leave_nothing_behind_and_hear_nothing_more()
    {
        var late = 0;
        var subscriptions = Enumerable.Range(1, 300)
            .Select(i => _hub.Subscribe<ProjectUpdated>(LiveKeys.Project(i % 7), _ =>
            {
                Interlocked.Increment(ref late);
                return Task.CompletedTask;
            }))
            .ToList();
        Assert.Equal(300, _hub.SubscriberCount);

        subscriptions.ForEach(s => s.Dispose());
        using var witness = new LiveProbe<ProjectUpdated>(_hub, LiveKeys.Project(3));
        await _hub.PublishAsync(LiveKeys.Project(3), new ProjectUpdated(3));
        await witness.WaitForAsync();

        Assert.Equal(1, _hub.SubscriberCount);
        Assert.Equal(0, late);
    }
}
