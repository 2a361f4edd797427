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
