using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// A fake GitHub REST API on 127.0.0.1 that answers with the real recorded responses in
/// DevConnect.Tests/GitHub/Fixtures (status, headers as recorded minus the wire framing, body). Each path gets a queue
/// of fixtures; the last one repeats. Every request is recorded, with its If-None-Match.
/// </summary>
public sealed class FakeGitHub : IAsyncDisposable
{
    private static readonly HashSet<string> _framingHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Length", "Content-Encoding", "Transfer-Encoding", "Connection", "Status",
    };

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _last = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public sealed record RecordedRequest(string PathAndQuery, string? IfNoneMatch, string? Authorization);

    private FakeGitHub(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = default!;

    public IReadOnlyCollection<RecordedRequest> Requests => _requests;

    /// <summary>How long every answer waits, to test timeouts.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>How many of the next requests have their connection dropped before any answer (a flaky network).</summary>
    public int DropNext { get; set; }

    public static string FixturesFolder { get; } = FindFixtures();

    public static async Task<FakeGitHub> StartAsync()
    {
        // Fail here, saying where the fixtures were expected, rather than as mysterious 500s later.
        _ = FixturesFolder;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGitHub(app);
        app.Run(fake.AnswerAsync);
        await app.StartAsync();
        fake.BaseAddress = new Uri(app.Urls.First() + "/");
        return fake;
    }

    /// <summary>Answers GET <paramref name="path"/> (path only; the query is ignored) with these fixtures in turn.</summary>
    public FakeGitHub Serve(string path, params string[] fixtures)
    {
        _routes[path] = new ConcurrentQueue<string>(fixtures);
        return this;
    }

    /// <summary>A repository as one refresh asks for it: the repository, its languages and its issues by label.</summary>
    public FakeGitHub ServeRepository(string fullName, string repoFixture, string languagesFixture = "repo-languages-200-2012") =>
        Serve($"/repos/{fullName}", repoFixture)
            .Serve($"/repos/{fullName}/languages", languagesFixture)
            .Serve($"/repos/{fullName}/issues", "repo-issues-by-label-200-2012");

    public int CountRequests(string path) => _requests.Count(r => r.PathAndQuery.Split('?')[0].Equals(path, StringComparison.OrdinalIgnoreCase));

    public void ClearRequests() => _requests.Clear();

    private async Task AnswerAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        _requests.Enqueue(new RecordedRequest(path + http.Request.QueryString, http.Request.Headers.IfNoneMatch.FirstOrDefault(), http.Request.Headers.Authorization.FirstOrDefault()));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, http.RequestAborted);
        }

        if (DropNext > 0)
        {
            DropNext--;
            http.Abort();
            return;
        }

        string? fixture = null;
        if (_routes.TryGetValue(path, out var queue))
        {
            fixture = queue.TryDequeue(out var next) ? _last[path] = next : _last.GetValueOrDefault(path);
        }

        if (fixture is null)
        {
            http.Response.StatusCode = 404;
            await http.Response.WriteAsync("{\"message\":\"Not Found (no fixture for this path in the fake)\"}");
            return;
        }

        var folder = Path.Combine(FixturesFolder, fixture);
        using var meta = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "meta.json")));
        http.Response.StatusCode = meta.RootElement.GetProperty("status").GetInt32();
        // Like GitHub: a request whose If-None-Match names the current ETag (compared weakly) gets a 304 and no body.
        var etag = meta.RootElement.GetProperty("headers").EnumerateObject()
            .FirstOrDefault(h => h.Name.Equals("ETag", StringComparison.OrdinalIgnoreCase)).Value;
        if (http.Response.StatusCode == 200 && etag.ValueKind == JsonValueKind.String
            && WeakTag(http.Request.Headers.IfNoneMatch.FirstOrDefault()) == WeakTag(etag.GetString()))
        {
            http.Response.StatusCode = 304;
        }

        foreach (var header in meta.RootElement.GetProperty("headers").EnumerateObject())
        {
            if (_framingHeaders.Contains(header.Name))
            {
                continue;
            }

            var value = header.Value.GetString() ?? "";
            if (header.Name.Equals("Location", StringComparison.OrdinalIgnoreCase))
            {
                // Redirects point back at this fake, never at the real API.
                value = value.Replace("https://api.github.com/", BaseAddress.ToString(), StringComparison.OrdinalIgnoreCase);
            }

            http.Response.Headers[header.Name] = value;
        }

        var body = Path.Combine(folder, "response.json");
        if (File.Exists(body) && http.Response.StatusCode != 304)
        {
            await http.Response.SendFileAsync(body);
        }
    }

    private static string? WeakTag(string? tag) => tag is null ? null : tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;

    private static string FindFixtures()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("GITHUB_FIXTURES"),
            Path.Combine(RepoPaths.Root, "DevConnect.Tests", "GitHub", "Fixtures"),
        };
        return candidates.FirstOrDefault(c => c is not null && Directory.Exists(c))
            ?? throw new InvalidOperationException("GitHub fixtures not found: expected DevConnect.Tests/GitHub/Fixtures in the repository (or GITHUB_FIXTURES).");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
