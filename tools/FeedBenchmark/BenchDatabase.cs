using System.Data.Common;
using DevConnect.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DevConnect.FeedBenchmark;

/// <summary>
/// The database one size is measured on: a SQLite file in a temp folder (the default), or with
/// <c>--provider postgres --connection "Host=…;Username=…;Database=postgres"</c> a new database on that server (its
/// user may create databases), dropped afterwards unless <c>--keep</c>.
/// </summary>
internal sealed class BenchDatabase
{
    private readonly string? _adminConnection;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string where, string? adminConnection)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Where = where;
        _adminConnection = adminConnection;
    }

    public DatabaseProvider Provider { get; }

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public string ConnectionString { get; }

    /// <summary>The file, or the database's name, for <c>--keep</c>.</summary>
    public string Where { get; }

    public static BenchDatabase Sqlite(string folder)
    {
        var file = Path.Combine(folder, "feed.db");
        return new BenchDatabase(DatabaseProvider.Sqlite, $"Data Source={file}", file, null);
    }

    public static BenchDatabase CreatePostgres(string adminConnection, int size)
    {
        var name = $"devconnect_bench_{size}_{Guid.NewGuid():N}";
        Admin(adminConnection, $"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(adminConnection) { Database = name }.ConnectionString;
        return new BenchDatabase(DatabaseProvider.Postgres, connection, $"database {name}", adminConnection);
    }

    public DbConnection Open()
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Drop()
    {
        if (_adminConnection is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        Admin(_adminConnection, $"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(ConnectionString).Database} WITH (FORCE)");
    }

    private static void Admin(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
