using DevConnect.Domain.Accounts.Sessions;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Domain.Persistence;

/// <summary>Which database engine holds DevConnect's data: <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>One file next to the app (the default: <c>dotnet run</c> needs nothing else).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server that several app servers share.</summary>
    Postgres,
}

/// <summary>
/// The context factory and the provider's own pieces (its search engine, its migrations) for the configured provider.
/// Both providers use the one <see cref="DevConnectDbContext"/> type, so every service, Identity's stores and the
/// existing <c>dotnet ef</c> commands stay as they are; PostgreSQL's migrations live in their own assembly
/// (<see cref="PostgresMigrationsAssembly"/>), SQLite's stay in this one.
/// </summary>
public static class DatabaseRegistration
{
    public const string ProviderKey = "Database:Provider";

    public const string PostgresMigrationsAssembly = "DevConnect.Migrations.Postgres";

    public static DatabaseProvider ProviderFrom(IConfiguration config)
    {
        var value = config[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderKey} is '{value}': use Sqlite (the default) or Postgres.");
    }

    public static void AddDevConnectDatabase(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        services.AddSingleton<KeptSessions>();
        services.AddSingleton<SecurityStampInterceptor>();
        var connectionString = config.GetConnectionString(DomainServiceCollectionExtensions.ConnectionStringName);
        if (ProviderFrom(config) == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"{ProviderKey} is Postgres but ConnectionStrings:{DomainServiceCollectionExtensions.ConnectionStringName} is not set "
                    + "(for example Host=db.example;Database=devconnect;Username=devconnect;Password=…).");
            }

            services.AddPooledDbContextFactory<DevConnectDbContext>((sp, options) => WithInterceptors(sp, UsePostgres(options, connectionString)));
            services.AddSingleton<IProjectSearch, PostgresProjectSearch>();
            services.AddSingleton<IPeopleSearch, PostgresPeopleSearch>();
            return;
        }

        var sqlite = DomainServiceCollectionExtensions.ResolveSqlitePath(connectionString ?? DomainServiceCollectionExtensions.DefaultConnectionString, contentRoot);
        services.AddPooledDbContextFactory<DevConnectDbContext>((sp, options) => WithInterceptors(sp, options.UseSqlite(sqlite)));
        services.AddSingleton<IProjectSearch, SqliteProjectSearch>();
        services.AddSingleton<IPeopleSearch, SqlitePeopleSearch>();
    }

    // Every save is watched for new security stamps, whichever service or Identity store made it.
    private static void WithInterceptors(IServiceProvider services, DbContextOptionsBuilder options) =>
        options.AddInterceptors(services.GetRequiredService<SecurityStampInterceptor>());

    /// <summary>PostgreSQL with its own migrations and its date conventions (<see cref="PostgresModelCustomizer"/>).</summary>
    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly))
            .ReplaceService<IModelCustomizer, PostgresModelCustomizer>();
}
