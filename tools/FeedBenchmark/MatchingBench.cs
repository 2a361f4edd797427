using System.Data.Common;
using System.Diagnostics;
using DevConnect.Domain.Matching;
using DevConnect.Domain.Projects;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.FeedBenchmark;

/// <summary>
/// --matching: how long ranking a member's suggestions takes (MatchingService.RankAsync, the /for-you read without
/// the cards) over the loaded projects, for three kinds of member: a junior with a common and a rare language and one
/// to learn, a senior with the three most common languages, and an empty profile. Every project gets a role (half of
/// them junior-friendly, as the bulk load marks projects), so roles are read as on the site. Timed cold (right after a
/// project changed, so every shared read is made again) and warm (the shared reads of SharedMatchReads kept).
/// </summary>
internal static class MatchingBench
{
    public static async Task RunAsync(IServiceProvider services, BenchDatabase database, LoadedData data, int runs)
    {
        var members = AddMembers(database, data);
        var matching = services.GetRequiredService<MatchingService>();
        var changes = services.GetRequiredService<ProjectChangeVersion>();
        // Cold: a project changed just before (what the first member after any change pays: every shared read again).
        // Warm: the shared reads are kept (any other member within 30 s and no change): only the member's own reads.
        Console.WriteLine();
        Console.WriteLine("| member | cold median ms | cold p95 ms | cold p99 ms | warm median ms | warm p95 ms | suggestions |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var (allCold, allWarm) = (new List<double>(), new List<double>());
        foreach (var (name, userId) in members)
        {
            var (cold, count) = await TimeAsync(() => matching.RankAsync(userId, MatchingService.DefaultCount), runs, changes.Advance);
            var (warm, _) = await TimeAsync(() => matching.RankAsync(userId, MatchingService.DefaultCount), runs, () => { });
            allCold.AddRange(cold);
            allWarm.AddRange(warm);
            Console.WriteLine($"| {name} | {Percentile(cold, 0.5):N1} | {Percentile(cold, 0.95):N1} | {Percentile(cold, 0.99):N1} | {Percentile(warm, 0.5):N1} | {Percentile(warm, 0.95):N1} | {count} |");
        }

        allCold.Sort();
        allWarm.Sort();
        Console.WriteLine($"| **all members** | {Percentile(allCold, 0.5):N1} | **{Percentile(allCold, 0.95):N1}** | {Percentile(allCold, 0.99):N1} | {Percentile(allWarm, 0.5):N1} | **{Percentile(allWarm, 0.95):N1}** | |");
    }

    // Three warm-ups, then the timed runs, sorted; before each call, what the scenario does first.
    private static async Task<(List<double> Timings, int Count)> TimeAsync(Func<Task<IReadOnlyList<(int, MatchScore)>>> rank, int runs, Action before)
    {
        var timings = new List<double>();
        var count = 0;
        for (var i = 0; i < runs + 3; i++)
        {
            before();
            var watch = Stopwatch.StartNew();
            count = (await rank()).Count;
            watch.Stop();
            if (i >= 3)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        return (timings, count);
    }

    private static List<(string Name, string UserId)> AddMembers(BenchDatabase database, LoadedData data)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction,
            "INSERT INTO \"ProjectRole\" (\"ProjectId\", \"Name\", \"IsJuniorFriendly\", \"Position\") SELECT \"Id\", 'backend', \"IsJuniorFriendly\", 0 FROM \"Projects\"");
        var members = new List<(string, string, string, string, string?, string[])>
        {
            ("junior: common + rare language, one to learn", "Junior", "Europe/Paris", "LookingForMentor", "go", [data.CommonLanguage, data.RareLanguage]),
            ("senior: three common languages", "Senior", "America/New_York", "OpenToMentoring", null, ["javascript", "python", "typescript"]),
            ("empty profile", "Junior", "", "OpenToCollaborate", null, []),
        };
        var result = new List<(string, string)>();
        var now = DateTime.UtcNow;
        foreach (var (name, level, zone, flag, learn, skills) in members)
        {
            var id = Guid.NewGuid().ToString();
            var handle = "member-" + id[..8];
            Execute(connection, transaction,
                "INSERT INTO \"AspNetUsers\" (\"Id\", \"CreatedAtUtc\", \"EmailNotifications\", \"UserName\", \"NormalizedUserName\", \"Email\", \"NormalizedEmail\", \"EmailConfirmed\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\") " +
                "VALUES (@p0, @p1, 'Off', @p2, @p3, @p2, @p3, TRUE, FALSE, FALSE, TRUE, 0)", id, now, handle + "@bench.local", handle.ToUpperInvariant() + "@BENCH.LOCAL");
            Execute(connection, transaction,
                $"INSERT INTO \"Profiles\" (\"UserId\", \"DisplayName\", \"Handle\", \"Level\", \"TimeZone\", \"WantsToLearn\", \"IsListedInDirectory\", \"OpenToCollaborate\", \"OpenToMentoring\", \"LookingForMentor\", \"Version\", \"CreatedAtUtc\", \"UpdatedAtUtc\") " +
                $"VALUES (@p0, @p1, @p2, @p3, @p4, @p5, TRUE, TRUE, {(flag == "OpenToMentoring" ? "TRUE" : "FALSE")}, {(flag == "LookingForMentor" ? "TRUE" : "FALSE")}, @p6, @p7, @p7)",
                id, name, handle, level, zone.Length == 0 ? null : zone, learn, database.IsPostgres ? Guid.NewGuid() : Guid.NewGuid().ToString().ToUpperInvariant(), now);
            for (var i = 0; i < skills.Length; i++)
            {
                Execute(connection, transaction,
                    "INSERT INTO \"ProfileSkill\" (\"ProfileId\", \"Tag\", \"Level\", \"Position\") SELECT \"Id\", @p1, 'Comfortable', @p2 FROM \"Profiles\" WHERE \"UserId\" = @p0", id, skills[i], i);
            }

            result.Add((name, id));
        }

        transaction.Commit();
        return result;
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql, params object?[] values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        command.ExecuteNonQuery();
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
}
