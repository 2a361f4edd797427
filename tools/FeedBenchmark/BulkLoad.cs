using System.Data.Common;
using System.Globalization;
using DevConnect.Domain.Projects;

namespace DevConnect.FeedBenchmark;

internal sealed record LoadedData(
    int Projects, int Tags, int Snapshots, string CommonLanguage, string RareLanguage, string CommonWord, string RareWord, string LargeOrganization, string SmallOrganization);

/// <summary>
/// Fills a migrated database with a deterministic, skewed population: a few languages are very common and most are
/// rare (as on GitHub), 30% of projects link a repository with a snapshot, half have a cover, words follow Zipf, 10% are
/// posted under one of 200 organizations (Zipf too: the largest has about 1,700 at 100k, the small ones a handful).
/// Rows go in with plain parameterised INSERTs in one transaction: loading 100k projects through the service
/// would measure validation, not the feed. The SQL is written for both providers (quoted names, @parameters, TRUE and
/// FALSE); only the full-text row and the GitHub facts differ.
/// </summary>
internal static class BulkLoad
{
    private const string RareWord = "zeppelin";
    private static readonly string[] RealWords =
    [
        "open", "game", "tool", "web", "data", "learn", "team", "api", "mobile", "cloud", "chat", "music", "map", "health",
        "school", "garden", "budget", "weather", "library", "recipe", "bike", "energy", "climate", "volunteer", "museum",
    ];

    private static readonly string[] FreeTags = ["cli", "web", "gamedev", "machine-learning", "devtools", "accessibility"];

    public static LoadedData Fill(BenchDatabase database, int projectCount, int seed)
    {
        var random = new Random(seed);
        var languages = Tags.Languages.Select(t => t.Key).ToArray();
        var vocabulary = RealWords.Concat(Enumerable.Range(0, 2_000).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        var now = DateTime.UtcNow;
        var ownerCount = Math.Max(10, projectCount / 20);

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        // EF stores a Guid as upper-case text on SQLite and as uuid on PostgreSQL.
        object Version() => database.IsPostgres ? Guid.NewGuid() : Guid.NewGuid().ToString().ToUpperInvariant();

        var user = Command(connection, transaction,
            "INSERT INTO \"AspNetUsers\" (\"Id\", \"CreatedAtUtc\", \"EmailNotifications\", \"UserName\", \"NormalizedUserName\", \"Email\", \"NormalizedEmail\", \"EmailConfirmed\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\") " +
            "VALUES (@id, @at, 'Off', @email, @upper, @email, @upper, TRUE, FALSE, FALSE, TRUE, 0)", "@id", "@at", "@email", "@upper");
        var profile = Command(connection, transaction,
            "INSERT INTO \"Profiles\" (\"UserId\", \"DisplayName\", \"Handle\", \"Headline\", \"Level\", \"IsListedInDirectory\", \"OpenToCollaborate\", \"OpenToMentoring\", \"LookingForMentor\", \"Version\", \"CreatedAtUtc\", \"UpdatedAtUtc\") " +
            "VALUES (@id, @name, @handle, 'Developer', 'Intermediate', TRUE, TRUE, FALSE, FALSE, @version, @at, @at)", "@id", "@name", "@handle", "@version", "@at");
        var owners = new string[ownerCount];
        for (var i = 0; i < ownerCount; i++)
        {
            owners[i] = Guid.NewGuid().ToString();
            var at = now.AddDays(-random.Next(1, 1_500));
            Run(user, owners[i], at, $"owner{i}@bench.local", $"OWNER{i}@BENCH.LOCAL");
            Run(profile, owners[i], $"Owner {i}", $"owner-{i}", Version(), at);
        }

        // Organizations draw from their own generator, so the rest of the data is what it was before they existed.
        const int organizationCount = 200;
        var organizationRandom = new Random(seed + 1);
        var organization = Command(connection, transaction,
            "INSERT INTO \"Organizations\" (\"Id\", \"Name\", \"Handle\", \"Description\", \"CreatedAtUtc\", \"UpdatedAtUtc\", \"Version\") " +
            "VALUES (@id, @name, @handle, '', @at, @at, @version)", "@id", "@name", "@handle", "@at", "@version");
        for (var i = 1; i <= organizationCount; i++)
        {
            Run(organization, i, $"Organization {i}", $"org-{i}", now.AddDays(-organizationRandom.Next(1, 1_500)), Version());
        }

        var project = Command(connection, transaction,
            "INSERT INTO \"Projects\" (\"Id\", \"OwnerId\", \"Name\", \"Slug\", \"Summary\", \"Description\", \"GitHubOwner\", \"GitHubRepo\", \"GitHubKey\", \"Status\", \"Commitment\", \"IsJuniorFriendly\", \"CreatedAtUtc\", \"UpdatedAtUtc\", \"Version\", \"OrganizationId\") " +
            "VALUES (@id, @owner, @name, @slug, @summary, @description, @ghOwner, @ghRepo, @ghKey, @status, @commitment, @junior, @created, @updated, @version, @org)",
            "@id", "@owner", "@name", "@slug", "@summary", "@description", "@ghOwner", "@ghRepo", "@ghKey", "@status", "@commitment", "@junior", "@created", "@updated", "@version", "@org");
        var tag = Command(connection, transaction, "INSERT INTO \"ProjectTags\" (\"ProjectId\", \"Tag\") VALUES (@id, @tag)", "@id", "@tag");
        var image = Command(connection, transaction, "INSERT INTO \"ProjectImages\" (\"ProjectId\", \"Key\", \"Position\") VALUES (@id, @key, 0)", "@id", "@key");
        var search = Command(connection, transaction, database.IsPostgres
            ? "INSERT INTO \"ProjectSearch\" (\"ProjectId\", \"Document\") VALUES (@id, devconnect_search_document(@name, @tags, @summary, @description))"
            : "INSERT INTO ProjectSearch (rowid, name, summary, description, tags) VALUES (@id, @name, @summary, @description, @tags)",
            "@id", "@name", "@summary", "@description", "@tags");
        var snapshot = Command(connection, transaction,
            "INSERT INTO \"GitHubRepos\" (\"Key\", \"FullName\", \"Stars\", \"Forks\", \"Watchers\", \"OpenIssues\", \"Topics\", \"Archived\", \"PushedAtUtc\", \"NotFound\", \"FetchedAtUtc\", \"NextRefreshAtUtc\", \"FailureCount\") " +
            "VALUES (@key, @fullName, @stars, 0, 0, 0, '', @archived, @pushed, FALSE, @fetched, @fetched, 0) RETURNING \"Id\"", "@key", "@fullName", "@stars", "@archived", "@pushed", "@fetched");
        var snapshotLanguage = Command(connection, transaction,
            "INSERT INTO \"GitHubRepoLanguages\" (\"SnapshotId\", \"Name\", \"Tag\", \"Bytes\") VALUES (@snapshot, @name, @tag, @bytes)", "@snapshot", "@name", "@tag", "@bytes");

        var statuses = new[] { "Idea", "Recruiting", "Recruiting", "InProgress", "InProgress", "Completed" };
        int tags = 0, snapshots = 0;
        var languageUse = new int[languages.Length];
        for (var id = 1; id <= projectCount; id++)
        {
            var chosen = new HashSet<string>();
            var wanted = 1 + random.Next(4);
            while (chosen.Count < wanted)
            {
                var pick = Zipf(random, languages.Length, 1.2);
                if (chosen.Add(languages[pick]))
                {
                    languageUse[pick]++;
                }
            }

            if (random.NextDouble() < 0.3)
            {
                chosen.Add(FreeTags[random.Next(FreeTags.Length)]);
            }

            var name = $"{Title(vocabulary[Zipf(random, vocabulary.Length, 1.0)])} {Title(vocabulary[Zipf(random, vocabulary.Length, 1.0)])} {id}";
            var summary = Words(random, vocabulary, 12);
            var description = Words(random, vocabulary, 80) + (id % 5_000 == 0 ? " " + RareWord : "");
            var created = now.AddMinutes(-random.Next(1, 3 * 365 * 24 * 60));
            var updated = created.AddMinutes(random.Next(0, Math.Max(1, (int)(now - created).TotalMinutes)));
            var linked = random.NextDouble() < 0.3;
            Run(project, id, owners[random.Next(ownerCount)], name, $"project-{id}", summary, description,
                linked ? $"org{id % 997}" : null, linked ? $"repo-{id}" : null, linked ? $"org{id % 997}/repo-{id}" : null,
                statuses[random.Next(statuses.Length)], random.Next(2) == 0 ? "ShortTerm" : "LongTerm", random.NextDouble() < 0.4,
                created, updated, Version(), organizationRandom.NextDouble() < 0.1 ? 1 + Zipf(organizationRandom, organizationCount, 1.0) : null);
            foreach (var key in chosen)
            {
                Run(tag, id, key);
                tags++;
            }

            if (random.Next(2) == 0)
            {
                Run(image, id, $"asset:projects/cover-{id % 40}.svg");
            }

            Run(search, id, name, summary, description, string.Join(' ', chosen));

            if (linked)
            {
                Set(snapshot, $"org{id % 997}/repo-{id}", $"org{id % 997}/repo-{id}", (int)(Math.Pow(random.NextDouble(), 4) * 60_000),
                    random.NextDouble() < 0.03, now.AddDays(-random.Next(0, 800)), now.AddHours(-random.Next(0, 6)));
                var snapshotId = Convert.ToInt64(snapshot.ExecuteScalar(), CultureInfo.InvariantCulture);
                snapshots++;
                foreach (var key in chosen.Where(k => Tags.FromKey(k).IsLanguage).Take(3))
                {
                    Run(snapshotLanguage, snapshotId, Tags.FromKey(key).Label, key, random.Next(1_000, 500_000));
                }
            }
        }

        transaction.Commit();
        using (var facts = connection.CreateCommand())
        {
            // What the GitHub worker keeps on each linked project whenever it stores a snapshot (stars, inactive date).
            facts.CommandText = database.IsPostgres ? ProjectGitHubFacts.PostgresCopyAllSql : ProjectGitHubFacts.CopyAllSql;
            facts.ExecuteNonQuery();
        }

        if (database.IsPostgres)
        {
            using var sequence = connection.CreateCommand();
            // Ids went in explicitly: the identity sequence continues after them, as after real posts.
            sequence.CommandText = "SELECT setval(pg_get_serial_sequence('\"Projects\"', 'Id'), (SELECT max(\"Id\") FROM \"Projects\"))";
            sequence.ExecuteNonQuery();
        }

        using (var analyze = connection.CreateCommand())
        {
            // What a long-running database has: planner statistics and, on PostgreSQL, the visibility map autovacuum
            // keeps (without it every index-only scan reads the table too).
            analyze.CommandText = database.IsPostgres ? "VACUUM ANALYZE" : "ANALYZE";
            analyze.ExecuteNonQuery();
        }

        var common = languages[Array.IndexOf(languageUse, languageUse.Max())];
        var rare = languages[Array.IndexOf(languageUse, languageUse.Where(n => n > 0).Min())];
        return new LoadedData(projectCount, tags, snapshots, common, rare, RealWords[1], RareWord, "org-1", "org-150");
    }

    private static string Title(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Words(Random random, string[] vocabulary, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => vocabulary[Zipf(random, vocabulary.Length, 1.0)]));

    // Inverse-CDF sampling of a Zipf distribution over ranks 0..n-1 (cumulative weights cached per n and exponent).
    private static readonly Dictionary<(int, double), double[]> Cumulative = [];

    private static int Zipf(Random random, int n, double exponent)
    {
        if (!Cumulative.TryGetValue((n, exponent), out var cumulative))
        {
            cumulative = new double[n];
            var sum = 0.0;
            for (var k = 0; k < n; k++)
            {
                sum += 1 / Math.Pow(k + 1, exponent);
                cumulative[k] = sum;
            }

            for (var k = 0; k < n; k++)
            {
                cumulative[k] /= sum;
            }

            Cumulative[(n, exponent)] = cumulative;
        }

        var at = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(n - 1, at < 0 ? ~at : at);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    // DateTime parameters: Microsoft.Data.Sqlite writes EF's text format, Npgsql a timestamptz (the values are UTC).
    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static void Run(DbCommand command, params object?[] values)
    {
        Set(command, values);
        command.ExecuteNonQuery();
    }
}
