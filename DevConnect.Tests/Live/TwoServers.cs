using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DevConnect.Domain.Persistence;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Live;

/// <summary>
/// Two app servers on real loopback ports sharing one database and one real Redis, as behind a load balancer:
/// live events and Data Protection keys go through Redis, images through the database. A is started (and seeds the demo data) before B.
/// </summary>
public sealed class TwoServers : IAsyncLifetime
{
    private readonly TestDirectory _shared = new();
    private TestDatabase _database = default!;

    public RedisServer Redis { get; } = new();

    public FakeGitHub GitHub { get; private set; } = default!;

    public LiveAppFactory A { get; private set; } = default!;

    public LiveAppFactory B { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        // The run's provider: a shared SQLite file in the SQLite pass, one PostgreSQL database in test.sh's PostgreSQL pass.
        _database = TestDatabase.Create(_shared.File("app.db"));
        await Redis.InitializeAsync();
        GitHub = await FakeGitHub.StartAsync();
        WriteKeyCertificate();
        A = Server();
        _ = A.BaseAddress;
        B = Server();
        _ = B.BaseAddress;
    }

    public async Task<string> UserIdAsync(string handle)
    {
        await using var db = await B.GetService<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == $"{handle}@demo.devconnect.local").Select(u => u.Id).SingleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await Redis.DisposeAsync();
        await GitHub.DisposeAsync();
        _database.Dispose();
        _shared.Dispose();
    }

    // Made fresh for each run, so no certificate or password lives in the repository.
    private readonly string _certificatePassword = Guid.NewGuid().ToString("N");

    private void WriteKeyCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=DevConnect data protection (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllBytes(_shared.File("keys.pfx"), certificate.Export(X509ContentType.Pfx, _certificatePassword));
    }

    private LiveAppFactory Server()
    {
        var server = new LiveAppFactory { SeedDemoData = true, GitHubApi = GitHub.BaseAddress };
        foreach (var (key, value) in _database.Settings)
        {
            server.Settings[key] = value!;
        }

        server.Settings["ConnectionStrings:Redis"] = Redis.ConnectionString;
        // Each server keeps its own disk; images go to the shared database instead.
        server.Settings["Storage:Images"] = "Database";
        server.Settings["DataProtection:CertificatePath"] = _shared.File("keys.pfx");
        server.Settings["DataProtection:CertificatePassword"] = _certificatePassword;
        return server;
    }
}
