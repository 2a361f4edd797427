using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;

namespace DevConnect.CircuitLoad;

/// <summary>N circuits open on one page, and what opening them and publishing to them cost.</summary>
internal sealed class LoadRun(HttpClient http, Uri url, Uri? publishVia = null) : IAsyncDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly ConcurrentBag<CircuitClient> _open = [];
    private readonly ConcurrentBag<string> _errors = [];
    private readonly ConcurrentBag<CircuitStart> _starts = [];

    public IReadOnlyCollection<CircuitStart> Starts => _starts;

    public IReadOnlyCollection<string> Errors => [.. _errors, .. _open.Where(c => c.Error is not null).Select(c => c.Error!)];

    public int OpenCount => _open.Count(c => c.Error is null);

    /// <summary>
    /// Opens <paramref name="count"/> circuits, at most <paramref name="concurrency"/> connecting at once (GET to first
    /// render batch); each then waits on its own until its page stops rendering.
    /// </summary>
    public async Task OpenAsync(int count, int concurrency, CancellationToken ct)
    {
        using var gate = new SemaphoreSlim(concurrency);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            var circuit = new CircuitClient(http, url);
            long startedAt;
            await gate.WaitAsync(ct);
            try
            {
                startedAt = Stopwatch.GetTimestamp();
                await circuit.ConnectAsync(startedAt, Timeout, ct);
            }
            // Whatever stops one circuit (refused, timed out, dropped) is counted against it; only Ctrl+C stops the run.
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                _errors.Add($"start: {ex.GetType().Name}: {ex.Message}");
                await circuit.DisposeAsync();
                return;
            }
            finally
            {
                gate.Release();
            }

            _open.Add(circuit);
            _starts.Add(await circuit.SettleAsync(startedAt, Quiet, Timeout, ct));
        }));
    }

    /// <summary>
    /// Publishes a uniquely named item through the app's load-test endpoint and times its arrival at every open
    /// circuit, from the moment the request is sent. Returns the per-circuit delays and the publisher's own wait.
    /// </summary>
    public async Task<(List<double> ArrivalsMs, double PublisherMs, int Missed)> PublishAsync(TimeSpan timeout, CancellationToken ct)
    {
        var name = $"Load probe {Guid.NewGuid():N}"[..24];
        var live = _open.Where(c => c.Error is null).ToList();
        var seen = live.Select(c => c.WatchFor(name)).ToList();
        var sentAt = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(new Uri(publishVia ?? url, "/_loadtest/publish?name=" + Uri.EscapeDataString(name)), null, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<PublishResult>(ct);

        var all = Task.WhenAll(seen);
        await Task.WhenAny(all, Task.Delay(timeout, ct));
        var arrivals = seen.Where(t => t.IsCompletedSuccessfully)
            .Select(t => Stopwatch.GetElapsedTime(sentAt, t.Result).TotalMilliseconds).ToList();
        return (arrivals, body?.ElapsedMs ?? double.NaN, seen.Count - arrivals.Count);
    }

    /// <summary>JS interop calls the server made and the circuits answered (none would bind if the shape were wrong).</summary>
    public int JsCalls => _open.Sum(c => c.JsCalls);

    public async ValueTask DisposeAsync()
    {
        // Close in parallel, but not all at once: a thousand simultaneous disconnect posts are a load test of their own.
        await Parallel.ForEachAsync(_open, new ParallelOptions { MaxDegreeOfParallelism = 16 }, (c, _) => c.DisposeAsync());
        _open.Clear();
    }

    private sealed record PublishResult(double ElapsedMs);
}
