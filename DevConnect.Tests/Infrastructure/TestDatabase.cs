using DevConnect.Domain;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// The database one fixture (a <see cref="DomainHarness"/>, an app factory) runs on. The provider comes from
/// <c>DEVCONNECT_TEST_PROVIDER</c>: SQLite (the default) is a file in the fixture's folder; Postgres is a fresh database
/// on the cluster named by <c>DEVCONNECT_TEST_POSTGRES</c> (test.sh starts one and runs the domain and HTTP tests a
/// second time on it), copied from a template migrated once per run, and dropped after.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ProviderVariable = "DEVCONNECT_TEST_PROVIDER";
    public const string PostgresVariable = "DEVCONNECT_TEST_POSTGRES";

    private static readonly Lock _templateLock = new();
    private static string? _template;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    /// <summary>The provider this test run uses.</summary>
    public static DatabaseProvider CurrentProvider { get; } = ReadProvider();

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The configuration that points the app or the domain at this database.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        [DatabaseRegistration.ProviderKey] = Provider.ToString(),
        ["ConnectionStrings:DevConnect"] = ConnectionString,
    };

    /// <summary>A new, empty database: <paramref name="sqliteFile"/> on SQLite, a fresh database on the PostgreSQL test cluster.</summary>
    public static TestDatabase Create(string sqliteFile)
    {
        if (CurrentProvider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={sqliteFile}", null);
        }

        var template = Template();
        var name = "dc_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE DATABASE {name} TEMPLATE {template}");
        return new TestDatabase(DatabaseProvider.Postgres, Cluster(name), name);
    }

    public void Dispose()
    {
        if (_postgresName is null)
        {
            return;
        }

        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Admin($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)");
    }

    private static void DropTemplate(string name)
    {
        try
        {
            Admin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The cluster may already be gone (test.sh stops it): nothing left to tidy.
        }
    }

    private static DatabaseProvider ReadProvider()
    {
        var value = Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrEmpty(value) || value.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        if (!value.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{ProviderVariable}={value}: use Sqlite or Postgres.");
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            throw new InvalidOperationException(
                $"{ProviderVariable}=Postgres needs {PostgresVariable}, the connection string of a PostgreSQL server whose user may create " +
                "databases. ./test.sh starts a throwaway cluster and sets both (tools/postgres/test-cluster.sh).");
        }

        return DatabaseProvider.Postgres;
    }

    private static string Cluster(string database) =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable)) { Database = database }.ConnectionString;

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(Cluster("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>One database per test process, migrated the way the app migrates, that every fixture's database copies.</summary>
    private static string Template()
    {
        lock (_templateLock)
        {
            if (_template is not null)
            {
                return _template;
            }

            var name = "dc_template_" + Guid.NewGuid().ToString("N");
            Admin($"CREATE DATABASE {name}");
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DatabaseRegistration.ProviderKey] = nameof(DatabaseProvider.Postgres),
                ["ConnectionStrings:DevConnect"] = Cluster(name),
            }).Build();
            var services = new ServiceCollection().AddLogging();
            services.AddDevConnectDomain(config, Path.GetTempPath());
            services.AddIdentityCore<DevConnectUser>(AccountPolicy.Apply).AddEntityFrameworkStores<DevConnectDbContext>();
            using (var provider = services.BuildServiceProvider())
            using (var db = provider.GetRequiredService<IDbContextFactory<DevConnectDbContext>>().CreateDbContext())
            {
                db.Database.Migrate();
            }

            // A template must have no open connection while it is copied.
            using (var connection = new NpgsqlConnection(Cluster(name)))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            _template = name;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate(name);
            return name;
        }
    }
}
