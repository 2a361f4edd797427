// Feed benchmark: how long the first page of /projects takes to compute for each kind of filter, as the number of
// projects grows. Real SQLite file (or a PostgreSQL database), the app's own migrations and ProjectService; only the
// rows are bulk-loaded.
//
//   dotnet run -c Release --project tools/FeedBenchmark -- [--projects 1000,10000,100000] [--runs 25] [--keep] [--sql] [--only WORD] [--matching]
//       [--provider postgres --connection "Host=…;Username=…;Database=postgres"]
//
// With --provider postgres each size gets a new database on that server (its user may create databases; the app's
// PostgreSQL migrations need the unaccent extension), dropped afterwards unless --keep.
//
// Prints one Markdown table per size (median, 90th and 99th percentile in ms, and the total the page reports; "~" marks an
// estimated total). The 99th percentile needs enough runs to mean something: use --runs 50 or more. "first ms" is the
// scenario's first request, before the shared language counts and search vocabulary for its filters are cached: what the
// first viewer of a combination of filters pays (later changes do not make viewers wait: the last counts are served).
// --matching times the ranking of a member's suggestions (MatchingBench) instead of the feed's scenarios.
using System.Diagnostics;
using DevConnect.Domain;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.FeedBenchmark;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var sizes = Arguments.Ints(args, "--projects", [1_000, 10_000, 100_000]);
var runs = Arguments.Ints(args, "--runs", [25])[0];
// --keep leaves the database behind (its path is printed) to look at query plans with sqlite3.
var keep = args.Contains("--keep");
var printSql = args.Contains("--sql");
// --only WORD runs just the scenarios whose name contains WORD (with --sql, to read one scenario's commands).
var only = Arguments.Text(args, "--only");
var matchingOnly = args.Contains("--matching");
var postgres = Arguments.Text(args, "--provider") is { } provider && provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);
var adminConnection = Arguments.Text(args, "--connection");
if (postgres && adminConnection is null)
{
    Console.Error.WriteLine("--provider postgres needs --connection \"Host=…;Username=…;Database=postgres\" (a user who may create databases).");
    return 2;
}

Console.WriteLine($"# Feed benchmark — {(postgres ? "PostgreSQL" : "SQLite")}, {Environment.ProcessorCount} cores, {runs} runs per scenario after 3 warm-ups, {DateTime.UtcNow:yyyy-MM-dd}");
foreach (var size in sizes)
{
    var dir = Directory.CreateTempSubdirectory("devconnect-feed-bench-");
    var database = postgres ? BenchDatabase.CreatePostgres(adminConnection!, size) : BenchDatabase.Sqlite(dir.FullName);
    try
    {
        await using var services = BuildDomain(database, dir.FullName, printSql);
        await services.InitializeDatabaseAsync();

        var load = Stopwatch.StartNew();
        var data = BulkLoad.Fill(database, size, seed: 42);
        Console.WriteLine();
        Console.WriteLine($"## {size:N0} projects ({data.Tags:N0} tags, {data.Snapshots:N0} GitHub snapshots; loaded in {load.Elapsed.TotalSeconds:N1} s)");
        if (matchingOnly)
        {
            await MatchingBench.RunAsync(services, database, data, runs);
            continue;
        }

        Console.WriteLine();
        Console.WriteLine("| scenario | median ms | p90 ms | p99 ms | first ms | results |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");

        var projects = services.GetRequiredService<ProjectService>();
        foreach (var (name, query) in Scenarios.For(data).Where(s => only is null || s.Name.Contains(only, StringComparison.Ordinal)))
        {
            var timings = new List<double>();
            var total = "";
            var first = 0.0;
            for (var i = 0; i < runs + 3; i++)
            {
                var watch = Stopwatch.StartNew();
                var page = await projects.SearchAsync(query);
                watch.Stop();
                total = (page.TotalIsEstimate ? "~" : "") + page.Total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
                if (i == 0)
                {
                    first = watch.Elapsed.TotalMilliseconds;
                }

                if (i >= 3)
                {
                    timings.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            timings.Sort();
            Console.WriteLine($"| {name} | {Percentile(timings, 0.5):N1} | {Percentile(timings, 0.9):N1} | {Percentile(timings, 0.99):N1} | {first:N1} | {total} |");
        }
    }
    finally
    {
        if (keep)
        {
            Console.WriteLine($"\nkept {database.Where}");
        }
        else
        {
            database.Drop();
            dir.Delete(recursive: true);
        }
    }
}

return 0;

static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];

static ServiceProvider BuildDomain(BenchDatabase database, string contentRoot, bool printSql)
{
    var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        [DatabaseRegistration.ProviderKey] = database.Provider.ToString(),
        ["ConnectionStrings:DevConnect"] = database.ConnectionString,
        ["DevConnect:SeedDemoData"] = "false",
        // Never reached: the benchmark reads snapshots only, as pages do.
        ["GitHub:ApiBaseUrl"] = "http://127.0.0.1:9/",
    }).Build();
    var services = new ServiceCollection().AddLogging(logging =>
    {
        if (printSql)
        {
            logging.AddProvider(new SqlPrinter());
        }
    });
    services.AddDevConnectDomain(config, contentRoot);
    // The Identity schema version is part of the EF model, exactly as the app registers it.
    services.AddIdentityCore<DevConnectUser>(AccountPolicy.Apply).AddEntityFrameworkStores<DevConnectDbContext>();
    return services.BuildServiceProvider();
}
