using System.Globalization;
using DevConnect.App.Components.Shared;
using DevConnect.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Migrates (and seeds) the database before the app listens, and proves it can write there. A database that cannot be
/// opened or written (a missing or read-only folder, a read-only file, a file that is not a database) ends start-up
/// with one clear log line and exit code 1, instead of an unhandled-exception dump or an app that fails on first save.
/// </summary>
public static class DatabaseStartup
{
    public const int ExitCode = 1;

    public static async Task<bool> InitializeDatabaseOrExplainAsync(this WebApplication app)
    {
        try
        {
            await app.Services.InitializeDatabaseAsync();
            await ProveWritableAsync(app.Services);
            return true;
        }
        catch (Exception e) when (SaveFailures.IsInfrastructure(e) && IsPostgres(app.Configuration))
        {
            app.Logger.LogCritical(
                "DevConnect cannot start: the PostgreSQL database {DataSource} cannot be reached, migrated and written ({Reason}). "
                + "Check ConnectionStrings:DevConnect: the server must be running and the user allowed to create tables (and the unaccent extension) in that database",
                PostgresDataSource(app.Configuration), e.GetBaseException().Message);
            return false;
        }
        catch (Exception e) when (SaveFailures.IsInfrastructure(e))
        {
            app.Logger.LogCritical(
                "DevConnect cannot start: the database {DataSource} cannot be opened and written ({Reason}). "
                + "Check ConnectionStrings:DevConnect: its folder must exist or be creatable, and the file and folder writable by this process",
                DataSource(app.Configuration, app.Environment.ContentRootPath), e.GetBaseException().Message);
            return false;
        }
    }

    // Reads succeed on a read-only file; only a write shows it. Rewriting the header's user_version with its own value
    // is a write that changes nothing.
    private static async Task ProveWritableAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt64(await read.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        await using var write = connection.CreateCommand();
        write.CommandText = "PRAGMA user_version = " + version.ToString(CultureInfo.InvariantCulture);
        await write.ExecuteNonQueryAsync();
    }

    private static bool IsPostgres(IConfiguration config) => DatabaseRegistration.ProviderFrom(config) == DatabaseProvider.Postgres;

    // Where, without the password.
    private static string PostgresDataSource(IConfiguration config)
    {
        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(config.GetConnectionString(DevConnect.Domain.DomainServiceCollectionExtensions.ConnectionStringName));
            return $"{builder.Database} on {builder.Host}:{builder.Port}";
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }

    private static string DataSource(IConfiguration config, string contentRoot)
    {
        var connectionString = config.GetConnectionString(DevConnect.Domain.DomainServiceCollectionExtensions.ConnectionStringName)
            ?? DevConnect.Domain.DomainServiceCollectionExtensions.DefaultConnectionString;
        try
        {
            return Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource, contentRoot);
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }
}
