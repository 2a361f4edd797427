using System.Net;
using System.Text.Json;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Octokit;
using Octokit.Caching;
using Octokit.Internal;

namespace DevConnect.Domain.GitHub;

/// <summary>One answer GitHub gave, kept so the next request for the same URL can be conditional.</summary>
public sealed class GitHubCachedResponse
{
    /// <summary>Method, endpoint and sorted parameters: the same request always has the same key.</summary>
    public string Key { get; set; } = "";

    public string Body { get; set; } = "";

    public string HeadersJson { get; set; } = "{}";

    public string LinksJson { get; set; } = "{}";

    public int StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? ETag { get; set; }

    public DateTime StoredAtUtc { get; set; }
}

/// <summary>
/// Lets Octokit send If-None-Match with the ETag of the last answer and serve a 304 from here, so an unchanged
/// repository costs no budget. In the database, so a restart or a second server keeps the savings.
/// </summary>
internal sealed class DatabaseResponseCache(IDbContextFactory<DevConnectDbContext> dbFactory, TimeProvider clock) : IResponseCache
{
    public async Task<CachedResponse.V1> GetAsync(IRequest request)
    {
        var key = Key(request);
        await using var db = await dbFactory.CreateDbContextAsync();
        var row = await db.GitHubResponses.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key);
        if (row is null)
        {
            // Octokit's contract: null means "not cached".
            return null!;
        }

        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(row.HeadersJson) ?? [];
        var links = JsonSerializer.Deserialize<Dictionary<string, Uri>>(row.LinksJson) ?? [];
        var apiInfo = new ApiInfo(links, [], [], row.ETag, new RateLimit(headers), TimeSpan.Zero);
        return new CachedResponse.V1(row.Body, headers, apiInfo, (HttpStatusCode)row.StatusCode, row.ContentType);
    }

    public async Task SetAsync(IRequest request, CachedResponse.V1 cachedResponse)
    {
        if (cachedResponse.Body is not string body)
        {
            // Only JSON text is worth keeping; anything else is simply fetched again.
            return;
        }

        var key = Key(request);
        await using var db = await dbFactory.CreateDbContextAsync();
        var row = await db.GitHubResponses.SingleOrDefaultAsync(r => r.Key == key);
        if (row is null)
        {
            row = new GitHubCachedResponse { Key = key };
            db.GitHubResponses.Add(row);
        }

        row.Body = body;
        row.HeadersJson = JsonSerializer.Serialize(cachedResponse.Headers);
        row.LinksJson = JsonSerializer.Serialize(cachedResponse.ApiInfo?.Links ?? new Dictionary<string, Uri>());
        row.StatusCode = (int)cachedResponse.StatusCode;
        row.ContentType = cachedResponse.ContentType;
        row.ETag = cachedResponse.ApiInfo?.Etag;
        row.StoredAtUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same answer was stored by another refresh a moment ago.
        }
    }

    private static string Key(IRequest request) =>
        request.Method + " " + request.Endpoint + "?" + string.Join('&', request.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
