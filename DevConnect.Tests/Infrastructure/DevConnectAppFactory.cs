using System.Net;
using DevConnect.Domain.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// The real app (Program) over its own temp folder: SQLite file (or a fresh PostgreSQL database, <see cref="TestDatabase"/>),
/// email outbox and data-protection keys.
/// Demo data off unless asked for; account form rate limits high unless a test is about them.
/// </summary>
public class DevConnectAppFactory : WebApplicationFactory<Program>
{
    private readonly TestDirectory _directory = new();
    private TestDatabase? _database;

    public bool SeedDemoData { get; init; }

    public int AccountPostsPerWindow { get; init; } = 10_000;

    public string DatabaseFile => _directory.File("app.db");

    public string OutboxFolder => _directory.File("outbox");

    public string Environment { get; init; } = "Development";

    /// <summary>The fake GitHub API to talk to; without one, GitHub sync is off so no test reaches the internet.</summary>
    public Uri? GitHubApi { get; set; }

    /// <summary>What a deployment behind TLS sets (ASPNETCORE_HTTPS_PORT) so plain HTTP is redirected.</summary>
    public int? HttpsPort { get; init; }

    /// <summary>Further configuration for one test class (e.g. <c>Circuits:MaxPerClient</c>), applied last.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Every log line the app wrote, as rendered text, for tests about what must never be logged.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        _database ??= TestDatabase.Create(DatabaseFile);
        foreach (var (key, value) in _database.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("DevConnect:SeedDemoData", SeedDemoData.ToString());
        builder.UseSetting("Email:OutboxPath", OutboxFolder);
        builder.UseSetting("DataProtection:KeysPath", _directory.File("keys"));
        builder.UseSetting("RateLimits:AccountPostsPerWindow", AccountPostsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:DevConnect", "Information");
        builder.UseSetting("GitHub:Enabled", (GitHubApi is not null).ToString());
        builder.UseSetting("GitHub:ApiBaseUrl", GitHubApi?.ToString() ?? "http://127.0.0.1:9/");
        builder.UseSetting("GitHub:PollInterval", "00:00:01");
        builder.UseSetting("Storage:ImagesPath", _directory.File("uploads"));
        if (HttpsPort is { } port)
        {
            builder.UseSetting("https_port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs));
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The newest email written to the outbox for <paramref name="recipient"/>, as raw .eml text.</summary>
    public async Task<string> WaitForEmailAsync(string recipient, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Patience.Wait);
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(OutboxFolder))
            {
                foreach (var file in Directory.GetFiles(OutboxFolder, "*.eml").OrderDescending())
                {
                    var text = await File.ReadAllTextAsync(file);
                    if (text.Contains($"To: {recipient}\r\n", StringComparison.OrdinalIgnoreCase))
                    {
                        return text;
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No email to {recipient} in {OutboxFolder}");
    }

    /// <summary>The first link in an email, decoded from its HTML attribute.</summary>
    public static string FirstLink(string eml)
    {
        var match = System.Text.RegularExpressions.Regex.Match(eml, "href=\"([^\"]+)\"");
        Assert.True(match.Success, "no link in the email");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public T GetService<T>()
        where T : notnull => Services.GetRequiredService<T>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database?.Dispose();
            _directory.Dispose();
        }
    }
}

/// <summary>The same app on a real loopback port (Kestrel), for a real browser.</summary>
public class LiveAppFactory : DevConnectAppFactory
{
    public LiveAppFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }
}
