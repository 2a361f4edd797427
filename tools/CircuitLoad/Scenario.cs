using System.Globalization;

namespace DevConnect.CircuitLoad;

/// <summary>Everything measured with N circuits on one page of one server.</summary>
internal sealed record ScenarioResult(
    Uri Url,
    int Requested,
    int Open,
    IReadOnlyList<string> Errors,
    Stats StartMs,
    Stats RenderBytes,
    Stats WireBytes,
    MemorySample? Before,
    MemorySample? After,
    Stats LiveMs,
    Stats PublisherMs,
    int Missed,
    int JsCalls,
    double? CpuMsPerPublish = null,
    Stats? PageBytes = null,
    Stats? SocketBytes = null)
{
    /// <summary>The server's CPU time per card delivered to one circuit (publish, fan-out, render, send), in µs.</summary>
    public double? CpuUsPerDelivery => CpuMsPerPublish is { } ms && Open > 0 ? ms * 1000 / Open : null;

    public double? HeapPerCircuit => Before?.HeapBytes is { } b && After?.HeapBytes is { } a && Open > 0 ? (double)(a - b) / Open : null;

    public double? RssPerCircuit => Before is { } b && After is { } a && Open > 0 ? (double)(a.RssBytes - b.RssBytes) / Open : null;

    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"## {Url} — {Open} of {Requested} circuits open, {Errors.Count} errors"));
        output.WriteLine($"start latency (GET → first render batch): {StartMs.Summary("ms")}");
        output.WriteLine($"render batch bytes until quiet, per circuit: {RenderBytes.Summary("B")}");
        output.WriteLine($"all hub bytes received until quiet, per circuit: {WireBytes.Summary("B")}");
        output.WriteLine($"bytes read from the socket until quiet ({(CircuitClient.NegotiateDeflate ? "permessage-deflate" : "uncompressed")}): {SocketBytes?.Summary("B")}");
        output.WriteLine($"prerendered page HTML (uncompressed): {PageBytes?.Summary("B")}");
        output.WriteLine(string.Create(c, $"JS interop calls answered: {JsCalls} ({(Open > 0 ? (double)JsCalls / Open : 0):N1} per circuit)"));
        if (Before is not null && After is not null)
        {
            output.WriteLine(string.Create(c, $"server RSS {Before.RssBytes / 1048576.0:N1} → {After.RssBytes / 1048576.0:N1} MiB: {RssPerCircuit / 1024:N1} KiB per circuit"));
            output.WriteLine(HeapPerCircuit is { } heap
                ? string.Create(c, $"managed heap after full GC {Before.HeapBytes / 1048576.0:N1} → {After.HeapBytes / 1048576.0:N1} MiB: {heap / 1024:N1} KiB per circuit")
                : "managed heap: not measured (install dotnet-gcdump: dotnet tool install -g dotnet-gcdump)");
        }

        if (LiveMs.Count > 0 || Missed > 0)
        {
            output.WriteLine($"live delivery, publish → render batch with the name: {LiveMs.Summary("ms")}; missed {Missed}");
            output.WriteLine($"publisher's wait (server-side publish call): {PublisherMs.Summary("ms")}");
            if (CpuMsPerPublish is { } cpu)
            {
                output.WriteLine(string.Create(c, $"server CPU per publish: {cpu:N0} ms, {CpuUsPerDelivery:N0} µs per circuit reached"));
            }
        }

        foreach (var error in Errors.GroupBy(e => e).Take(5))
        {
            output.WriteLine($"  error ×{error.Count()}: {error.Key}");
        }

        output.WriteLine();
    }
}

internal static class Scenario
{
    private const int WarmUpCircuits = 5;

    /// <summary>
    /// Warm-up circuits first (opened and closed) so first-use costs — JIT, caches, the first query — are not charged
    /// to the measured circuits; then memory, N circuits, memory again, and <paramref name="publishes"/> timed
    /// publishes after one untimed one. <paramref name="publishVia"/>: another server of the same cluster that publishes,
    /// so the item reaches the circuits through the bus between servers.
    /// </summary>
    public static async Task<ScenarioResult> RunAsync(
        HttpClient http, Uri url, int circuits, int concurrency, int publishes, int? serverPid, CancellationToken ct, Uri? publishVia = null)
    {
        await using (var warmUp = new LoadRun(http, url, publishVia))
        {
            await warmUp.OpenAsync(WarmUpCircuits, WarmUpCircuits, ct);
            if (publishes > 0)
            {
                await warmUp.PublishAsync(TimeSpan.FromSeconds(10), ct);
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var workDir = Directory.CreateTempSubdirectory("circuitload-").FullName;
        var before = serverPid is { } pid ? await MemoryProbe.SampleAsync(pid, workDir) : null;
        await using var run = new LoadRun(http, url, publishVia);
        await run.OpenAsync(circuits, concurrency, ct);
        var after = serverPid is { } pid2 ? await MemoryProbe.SampleAsync(pid2, workDir) : null;

        var arrivals = new List<double>();
        var waits = new List<double>();
        var missed = 0;
        var cpu = 0.0;
        for (var i = 0; i < publishes + (publishes > 0 ? 1 : 0); i++)
        {
            var cpuBefore = serverPid is { } p ? MemoryProbe.CpuMilliseconds(p) : 0;
            var (arrivalsMs, publisherMs, missedNow) = await run.PublishAsync(TimeSpan.FromSeconds(30), ct);
            // Every circuit has its card by now; the rest of the work for this publish (acknowledgements) is small.
            var cpuSpent = serverPid is { } p2 ? MemoryProbe.CpuMilliseconds(p2) - cpuBefore : 0;
            // A tail made by one slow publish and one made by a few slow circuits look alike in the summary.
            if (Environment.GetEnvironmentVariable("CIRCUITLOAD_TRACE_PUBLISH") is { Length: > 0 })
            {
                var each = new Stats(arrivalsMs);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"publish {i}: publisher's wait {publisherMs:N1} ms, arrivals {each.Summary("ms")}, server CPU {cpuSpent:N0} ms"));
            }

            if (i > 0)
            {
                cpu += cpuSpent;
                arrivals.AddRange(arrivalsMs);
                waits.Add(publisherMs);
                missed += missedNow;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }

        Directory.Delete(workDir, recursive: true);
        return new(url, circuits, run.OpenCount, [.. run.Errors],
            new(run.Starts.Select(s => s.Latency.TotalMilliseconds)),
            new(run.Starts.Select(s => (double)s.RenderBytes)),
            new(run.Starts.Select(s => (double)s.WireBytes)),
            before, after, new(arrivals), new(waits), missed, run.JsCalls, serverPid is not null && publishes > 0 ? cpu / publishes : null,
            new(run.Starts.Select(s => (double)s.PageBytes)), new(run.Starts.Select(s => (double)s.SocketBytes)));
    }
}
