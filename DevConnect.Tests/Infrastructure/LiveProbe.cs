using System.Collections.Concurrent;
using DevConnect.Domain.Live;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// Listens to one key of the hub and lets a test wait for what it hears. Delivery is asynchronous, so a test
/// waits for an event to arrive (generously bounded) instead of expecting it the moment the publisher returns.
/// </summary>
public sealed class LiveProbe<TEvent> : IDisposable
{
    public static readonly TimeSpan Patience = Infrastructure.Patience.Wait;

    private readonly ConcurrentQueue<TEvent> _heard = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly IDisposable _subscription;

    public LiveProbe(ILiveEvents live, string key) =>
        _subscription = live.Subscribe<TEvent>(key, e =>
        {
            _heard.Enqueue(e);
            _arrived.Release();
            return Task.CompletedTask;
        });

    public IReadOnlyList<TEvent> Heard => [.. _heard];

    /// <summary>Waits until <paramref name="count"/> events in all have been heard, and returns them.</summary>
    public async Task<IReadOnlyList<TEvent>> WaitForAsync(int count = 1)
    {
        while (_heard.Count < count)
        {
            Assert.True(await _arrived.WaitAsync(Patience), $"heard {_heard.Count} of {count} live events within {Patience.TotalSeconds} s");
        }

        return Heard;
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _arrived.Dispose();
    }
}

/// <summary>What a test needs of the hub as a whole rather than of one key.</summary>
public static class LiveProbe
{
    /// <summary>
    /// Returns once the one-server hub has handed out every event published before the call: it hands them out in
    /// order, so an event published now and heard means every earlier one has reached its subscribers. A test whose
    /// next step subscribes (a kept read listening for changes) does not then hear a change from its own setup.
    /// </summary>
    public static async Task DeliveredSoFarAsync(ILiveEvents live)
    {
        var key = "test-barrier:" + Guid.NewGuid().ToString("N");
        using var barrier = new LiveProbe<Domain.Projects.ProjectUpdated>(live, key);
        await live.PublishAsync(key, new Domain.Projects.ProjectUpdated(0));
        await barrier.WaitForAsync();
    }
}
