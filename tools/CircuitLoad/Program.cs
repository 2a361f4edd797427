// Circuit load: a headless Blazor Server client that opens N circuits on a page of a running app and reports what
// they cost (start latency, bytes at start, server memory per circuit) and how fast a published item reaches them.
//
//   One page of a running app (memory needs the server's pid and is measured on that process):
//     dotnet run -c Release --project tools/CircuitLoad -- --url http://127.0.0.1:5000/projects --circuits 100
//         [--concurrency 10] [--publish 5] [--server-pid PID] [--publish-via http://127.0.0.1:5001]
//     --publish-via: another server of the same cluster publishes (deploy/local-cluster.sh), to time delivery across servers.
//   DevConnect against the stock template, each started here from a published build (tools/CircuitLoad/run.sh):
//     dotnet run -c Release --project tools/CircuitLoad -- --compare --devconnect DIR/DevConnect.App.dll
//         --template DIR/TemplateBaseline.dll --circuits 100 [--concurrency 10] [--publish 5] [--live-only]
//
// --deflate: offer permessage-deflate as a browser does, so the socket's bytes are what a browser receives.
// --publish needs the app's load-test endpoint (LoadTest:Enabled=true, never in production).
using DevConnect.CircuitLoad;

// A thousand circuits start in bursts; without a head start the thread pool injects threads too slowly and the
// client, not the server, becomes what is measured.
ThreadPool.SetMinThreads(64, 64);
using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false };
using var http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(2) };
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var circuits = Arguments.Int(args, "--circuits", 100);
CircuitClient.NegotiateDeflate = args.Contains("--deflate");
var concurrency = Arguments.Int(args, "--concurrency", 10);
if (args.Contains("--compare"))
{
    var devConnect = Arguments.Text(args, "--devconnect") ?? throw new ArgumentException("--compare needs --devconnect PATH/DevConnect.App.dll");
    var template = Arguments.Text(args, "--template") ?? throw new ArgumentException("--compare needs --template PATH/TemplateBaseline.dll");
    await Compare.RunAsync(http, devConnect, template, circuits, concurrency, Arguments.Int(args, "--publish", 5), args.Contains("--live-only"), cancel.Token);
    return 0;
}

var url = Arguments.Text(args, "--url") ?? throw new ArgumentException("give --url http://host:port/page (or --compare)");
int? pid = Arguments.Text(args, "--server-pid") is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;
Console.WriteLine($"# Circuit load — {circuits} circuits on {url}, {concurrency} connecting at once, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Uri? publishVia = Arguments.Text(args, "--publish-via") is { } via ? new Uri(via) : null;
var result = await Scenario.RunAsync(http, new Uri(url), circuits, concurrency, Arguments.Int(args, "--publish", 0), pid, cancel.Token, publishVia);
result.Print(Console.Out);
return result.Errors.Count == 0 ? 0 : 1;
