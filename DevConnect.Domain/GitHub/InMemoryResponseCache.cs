using System.Collections.Concurrent;
using Octokit;
using Octokit.Caching;
using Octokit.Internal;

namespace DevConnect.Domain.GitHub;

/// <summary>
/// Lets Octokit send If-None-Match with the ETag of the last answer and serve a 304 from here, so an unchanged
/// repository costs no budget. Kept in memory: after a restart the first refresh of each URL is a full one.
/// </summary>
internal sealed class InMemoryResponseCache : IResponseCache
{
    private readonly ConcurrentDictionary<string, CachedResponse.V1> _responses = new(StringComparer.Ordinal);

    public Task<CachedResponse.V1> GetAsync(IRequest request) =>
        Task.FromResult(_responses.TryGetValue(Key(request), out var cached) ? cached : null!);

    public Task SetAsync(IRequest request, CachedResponse.V1 cachedResponse)
    {
        _responses[Key(request)] = cachedResponse;
        return Task.CompletedTask;
    }

    private static string Key(IRequest request) =>
        request.Method + " " + request.Endpoint + "?" + string.Join('&', request.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
