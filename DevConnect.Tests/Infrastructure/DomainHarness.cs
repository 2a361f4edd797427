using DevConnect.Domain;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// The domain's services exactly as the app registers them, over a real SQLite file in a temp folder (or a fresh
/// PostgreSQL database when the run is on PostgreSQL: <see cref="TestDatabase"/>).
/// No web host: domain tests call services the way a page (or a crafted request) would.
/// </summary>
public sealed class DomainHarness : IAsyncDisposable
{
    private readonly TestDirectory _directory = new();
    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;

    private DomainHarness(bool seedDemoData, IDictionary<string, string?>? settings, TimeProvider? clock, Action<IServiceCollection>? configure)
    {
        _database = TestDatabase.Create(_directory.File("domain.db"));
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(_database.Settings)
        {
            ["DevConnect:SeedDemoData"] = seedDemoData.ToString(),
            ["Email:OutboxPath"] = _directory.File("outbox"),
            // A closed port unless a test brings its fake GitHub: no test reaches the internet.
            ["GitHub:ApiBaseUrl"] = "http://127.0.0.1:9/",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddDevConnectDomain(config, _directory.Path);
        configure?.Invoke(services);
        // The app's unsubscribe links (Data Protection, keys in memory for the test).
        services.AddDataProtection();
        services.AddSingleton<DevConnect.Domain.Messaging.IUnsubscribeTokens, DevConnect.App.Infrastructure.UnsubscribeTokens>();
        services.AddIdentityCore<DevConnectUser>(AccountPolicy.Apply)
            .AddEntityFrameworkStores<DevConnectDbContext>()
            .AddPasswordValidator<MaxLengthPasswordValidator>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public string DatabaseFile => _directory.File("domain.db");

    public DatabaseProvider Provider => _database.Provider;

    /// <summary>What a second server sharing this database sets as <c>ConnectionStrings:DevConnect</c>.</summary>
    public string ConnectionString => _database.ConnectionString;

    public string OutboxFolder => _directory.File("outbox");

    /// <summary>Runs the outbox sender as the app's worker would, then returns every email in the pickup folder, as .eml text.</summary>
    public async Task<string[]> DeliveredEmailsAsync()
    {
        await Get<DevConnect.Domain.Email.OutboxSender>().DeliverDueAsync();
        return Directory.Exists(OutboxFolder) ? Directory.GetFiles(OutboxFolder, "*.eml").Order().Select(File.ReadAllText).ToArray() : [];
    }

    /// <param name="configure">Last word on the services, for a test that watches one of them (say, the live hub).</param>
    public static async Task<DomainHarness> StartAsync(
        bool seedDemoData = false, IDictionary<string, string?>? settings = null, TimeProvider? clock = null, Action<IServiceCollection>? configure = null)
    {
        var harness = new DomainHarness(seedDemoData, settings, clock, configure);
        await harness._services.InitializeDatabaseAsync(TestContext.Current.CancellationToken);
        return harness;
    }

    /// <summary>The container, for a test that builds a second instance of a service (a second sender, say).</summary>
    public IServiceProvider Services => _services;

    /// <summary>What the app does at each start (migrations, seeding, stored images), run again as a restart would.</summary>
    public Task RestartAsync() => _services.InitializeDatabaseAsync(TestContext.Current.CancellationToken);

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Runs <paramref name="action"/> in its own DI scope, as one web request or circuit would.</summary>
    public async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Registers a member the way the sign-up form does and returns their user id.</summary>
    public async Task<string> CreateMemberAsync(string displayName, bool emailConfirmed = true)
    {
        await using var scope = _services.CreateAsyncScope();
        var email = $"{Guid.NewGuid():N}@example.com";
        var result = await scope.ServiceProvider.GetRequiredService<RegistrationService>()
            .RegisterAsync(new RegistrationRequest(email, displayName, null, "a long enough passphrase"));
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
        if (emailConfirmed)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DevConnectUser>>();
            var user = (await users.FindByIdAsync(result.User!.Id))!;
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        return result.User!.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
        _directory.Dispose();
    }
}
