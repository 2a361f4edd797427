using DevConnect.Domain;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Persistence;

/// <summary>
/// Each provider has its own migrations (SQLite's in DevConnect.Domain, PostgreSQL's in DevConnect.Domain/Persistence/Postgres);
/// a model change that one of them lacks would only show when that provider's database is created.
/// </summary>
public sealed class ProviderMigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    // Never opened: comparing the model with the migrations needs no server.
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Port=9;Database=unused")]
    public void Each_provider_s_migrations_describe_the_model_exactly(DatabaseProvider provider, string connectionString)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseRegistration.ProviderKey] = provider.ToString(),
            ["ConnectionStrings:DevConnect"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddDevConnectDomain(config, Path.GetTempPath());
        // Identity's schema version is the app's (AccountPolicy), as in the app and in `dotnet ef`.
        services.AddIdentityCore<DevConnectUser>(AccountPolicy.Apply).AddEntityFrameworkStores<DevConnectDbContext>();
        using var container = services.BuildServiceProvider();
        using var db = container.GetRequiredService<IDbContextFactory<DevConnectDbContext>>().CreateDbContext();

        Assert.Equal(provider == DatabaseProvider.Postgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The model has changes that {provider}'s migrations lack: add a migration for each provider (README, \"PostgreSQL\").");
    }

    [Fact]
    public void An_unknown_provider_stops_the_app_and_names_the_setting()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseRegistration.ProviderKey] = "Oracle" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddDevConnectDomain(config, Path.GetTempPath()));

        Assert.Contains("Database:Provider", error.Message, StringComparison.Ordinal);
    }
}
