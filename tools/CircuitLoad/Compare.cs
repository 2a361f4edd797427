using System.Globalization;
using System.Text.RegularExpressions;

namespace DevConnect.CircuitLoad;

/// <summary>
/// Runs the same scenarios against DevConnect and the stock template, each server started fresh per page so one
/// page's circuits never weigh on the next page's memory, and prints one table of ratios.
/// </summary>
internal static partial class Compare
{
    private sealed record App(string Name, string Dll, Dictionary<string, string> Environment, string ReadyPath);

    public static async Task RunAsync(HttpClient http, string devConnectDll, string templateDll, int circuits, int concurrency, int publishes, bool liveOnly, CancellationToken ct)
    {
        var data = Directory.CreateTempSubdirectory("circuitload-devconnect-").FullName;
        var devConnect = new App("DevConnect", devConnectDll, new()
        {
            ["DevConnect__SeedDemoData"] = "true",
            ["ConnectionStrings__DevConnect"] = $"Data Source={Path.Combine(data, "devconnect.db")}",
            ["GitHub__Enabled"] = "false",
            ["LoadTest__Enabled"] = "true",
            // Every load circuit comes from 127.0.0.1: lift the per-address limit meant for real visitors.
            ["Circuits__MaxPerClient"] = "1000000",
            // The load-test publisher posts a project per timed publish, far more than a member's hourly limit.
            ["Limits__Established__ProjectsPerHour"] = "10000",
            ["Storage__ImagesPath"] = Path.Combine(data, "uploads"),
            ["DataProtection__KeysPath"] = Path.Combine(data, "keys"),
            ["Email__OutboxPath"] = Path.Combine(data, "outbox"),
        }, "/health");
        var template = new App("template", templateDll, new() { ["LoadTest__Enabled"] = "true" }, "/");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# Circuit load — DevConnect vs the stock template, {circuits} circuits, {concurrency} connecting at once, {publishes} publishes, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        Console.WriteLine($"Server logs and the DevConnect database: {data}");
        Console.WriteLine();

        // Pages side by side: the live feed and the template's /watch, the home pages, a page that loads one record.
        var feed = await RunPageAsync(http, devConnect, "/projects", circuits, concurrency, publishes, data, ct);
        var watch = await RunPageAsync(http, template, "/watch", circuits, concurrency, publishes, data, ct);
        // --live-only (for 5,000 and 10,000 circuits, where every page costs minutes): the live pages alone.
        var home = liveOnly ? feed : await RunPageAsync(http, devConnect, "/", circuits, concurrency, 0, data, ct);
        var project = liveOnly ? feed : await RunPageAsync(http, devConnect, null, circuits, concurrency, 0, data, ct);
        var templateHome = liveOnly ? watch : await RunPageAsync(http, template, "/", circuits, concurrency, 0, data, ct);
        var weather = liveOnly ? watch : await RunPageAsync(http, template, "/weather", circuits, concurrency, 0, data, ct);

        var rows = new List<(string Measure, double? DevConnect, double? Template)>
        {
            ("managed heap per circuit, KiB: /projects (template /watch)", Kib(feed.HeapPerCircuit), Kib(watch.HeapPerCircuit)),
            ("managed heap per circuit, KiB: / (template /)", Kib(home.HeapPerCircuit), Kib(templateHome.HeapPerCircuit)),
            ($"managed heap per circuit, KiB: {project.Url.AbsolutePath} (template /weather)", Kib(project.HeapPerCircuit), Kib(weather.HeapPerCircuit)),
            ("RSS per circuit, KiB: /projects (template /watch)", Kib(feed.RssPerCircuit), Kib(watch.RssPerCircuit)),
            ("RSS per circuit, KiB: / (template /)", Kib(home.RssPerCircuit), Kib(templateHome.RssPerCircuit)),
            ($"RSS per circuit, KiB: {project.Url.AbsolutePath} (template /weather)", Kib(project.RssPerCircuit), Kib(weather.RssPerCircuit)),
            ("render batch bytes at circuit start, median: /projects (template /watch)", feed.RenderBytes.P(50), watch.RenderBytes.P(50)),
            ("all hub bytes at circuit start, median: /projects (template /watch)", feed.WireBytes.P(50), watch.WireBytes.P(50)),
            ($"socket bytes at circuit start ({(CircuitClient.NegotiateDeflate ? "deflate" : "uncompressed")}), median: /projects (template /watch)", feed.SocketBytes?.P(50), watch.SocketBytes?.P(50)),
            ("prerendered page HTML bytes: /projects (template /watch)", feed.PageBytes?.P(50), watch.PageBytes?.P(50)),
            ("start latency p50, ms: /projects (template /watch)", feed.StartMs.P(50), watch.StartMs.P(50)),
            ("start latency p95, ms: /projects (template /watch)", feed.StartMs.P(95), watch.StartMs.P(95)),
            ($"live latency p50, ms, {circuits} watchers", feed.LiveMs.P(50), watch.LiveMs.P(50)),
            ($"live latency p95, ms, {circuits} watchers", feed.LiveMs.P(95), watch.LiveMs.P(95)),
            ($"live latency p99, ms, {circuits} watchers", feed.LiveMs.P(99), watch.LiveMs.P(99)),
            ($"live latency max, ms, {circuits} watchers", feed.LiveMs.Max, watch.LiveMs.Max),
            ("live deliveries missed (30 s timeout)", feed.Missed, watch.Missed),
            ("server CPU per card delivered to a circuit, µs", feed.CpuUsPerDelivery, watch.CpuUsPerDelivery),
            ("publisher's wait p50, ms", feed.PublisherMs.P(50), watch.PublisherMs.P(50)),
            ("publisher's wait max, ms", feed.PublisherMs.Max, watch.PublisherMs.Max),
            ("circuit errors, all pages", Errors(feed, home, project), Errors(watch, templateHome, weather)),
        };

        if (liveOnly)
        {
            rows.RemoveAll(r => r.Measure.Contains("(template /)", StringComparison.Ordinal) || r.Measure.Contains("(template /weather)", StringComparison.Ordinal));
        }

        Console.WriteLine($"Load average at the end: {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| measure | DevConnect | template | ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (measure, mine, theirs) in rows)
        {
            var ratio = mine is { } m && theirs is { } t && t != 0 && !double.IsNaN(m) && !double.IsNaN(t) ? (m / t).ToString("N2", CultureInfo.InvariantCulture) : "–";
            Console.WriteLine($"| {measure} | {Format(mine)} | {Format(theirs)} | {ratio} |");
        }
    }

    private static async Task<ScenarioResult> RunPageAsync(HttpClient http, App app, string? path, int circuits, int concurrency, int publishes, string logDir, CancellationToken ct)
    {
        await using var server = await ServerProcess.StartAsync(app.Dll, app.Environment, app.ReadyPath, Path.Combine(logDir, $"{app.Name}.log"), http);
        // A project page: the first seeded project the feed links to (not one the live scenario published).
        path ??= await FirstProjectAsync(http, server.BaseUri, ct);
        Console.WriteLine($"{app.Name} (pid {server.Pid}) {path}: {circuits} circuits; load average {LoadAverage()}");
        var result = await Scenario.RunAsync(http, new Uri(server.BaseUri, path), circuits, concurrency, publishes, server.Pid, ct);
        result.Print(Console.Out);
        return result;
    }

    private static double? Kib(double? bytes) => bytes / 1024;

    // Other work on the machine shows in every latency here; the load average says how much there was.
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Errors(params ScenarioResult[] results) => results.Sum(r => r.Errors.Count);

    private static string Format(double? value) => value is not { } v || double.IsNaN(v)
        ? "n/a"
        : v.ToString(Math.Abs(v) >= 100 || v == Math.Round(v) ? "N0" : "N1", CultureInfo.InvariantCulture);

    // The live scenarios before it published load probes, which fill the feed's first pages: page on to a seeded project.
    private static async Task<string> FirstProjectAsync(HttpClient http, Uri baseUri, CancellationToken ct)
    {
        for (var page = 1; page <= 20; page++)
        {
            var link = ProjectLink().Matches(await http.GetStringAsync(new Uri(baseUri, $"/projects?page={page}"), ct))
                .Select(m => "/" + m.Groups["path"].Value)
                .FirstOrDefault(p => !p.Contains("load-probe", StringComparison.Ordinal));
            if (link is not null)
            {
                return link;
            }
        }

        throw new InvalidOperationException("the feed links to no project: is the demo data seeded?");
    }

    [GeneratedRegex("href=\"/?(?<path>projects/\\d+/[^\"?#]+)\"")]
    private static partial Regex ProjectLink();
}
