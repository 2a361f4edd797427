using System.Collections.Concurrent;

namespace DevConnect.Domain.Projects;

/// <summary>
/// Reads that many viewers make at the same moment, done once. When a project is published, every open feed
/// with the same filters asks for the same page, and every open project page asks for the same project: a
/// thousand viewers cost one query, not a thousand. Viewers share the result (immutable views), so a circuit
/// holds a reference, not its own copy. A result serves until a project changes (<see cref="ProjectChangeVersion"/>),
/// until the recount ends when it is a feed page with the language counts from before a change, or for
/// <see cref="MaxAge"/> at most (GitHub refreshes move stars and the "inactive" flag without a project event).
/// Concurrent misses share one read; a failed read is not remembered. A viewer's token ends only its own wait: the
/// shared read goes on for the others (and is remembered for the next viewer).
/// </summary>
public sealed class SharedProjectReads(ProjectService projects, ProjectChangeVersion version, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 1024;

    // Owners' lists are kept apart, with a bound of their own: many profiles viewed once must not push the feed's pages out.
    private const int MaxOwners = 4096;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> _owners = new(StringComparer.Ordinal);

    /// <summary>The page of the feed for <paramref name="query"/>, as <see cref="ProjectService.SearchAsync"/> gives it.</summary>
    public Task<ProjectFeedPage> SearchAsync(ProjectQuery query, CancellationToken ct = default) =>
        GetAsync("search|" + query.PageKey(), () => projects.SearchAsync(query), ct);

    /// <summary>Whether a just-published project matches a feed's text search (one check per distinct query).</summary>
    public Task<bool> MatchesAsync(ProjectQuery query, int projectId, CancellationToken ct = default) =>
        GetAsync($"match|{projectId}|{(query with { Page = 1, Sort = ProjectSort.Newest }).PageKey()}", () => projects.MatchesAsync(query, projectId), ct);

    /// <summary>One project's page, as <see cref="ProjectService.GetAsync"/> gives it.</summary>
    public Task<ProjectDetailsView?> GetAsync(int projectId, CancellationToken ct = default) =>
        GetAsync($"project|{projectId}", () => projects.GetAsync(projectId), ct);

    /// <summary>The newest projects for the home page, as <see cref="ProjectService.LatestAsync"/> gives them.</summary>
    public Task<IReadOnlyList<ProjectCardView>> LatestAsync(int count, CancellationToken ct = default) =>
        GetAsync($"latest|{count}", () => projects.LatestAsync(count), ct);

    /// <summary>
    /// A member's public projects for their profile page, as <see cref="ProjectService.ListByOwnerAsync"/> gives them with
    /// <c>publicOnly</c>: every project event and suspension advances the version, so a new or hidden project shows at once.
    /// </summary>
    public Task<IReadOnlyList<ProjectCardView>> PublicByOwnerAsync(string ownerId, CancellationToken ct = default) =>
        GetAsync(_owners, MaxOwners, ownerId, () => projects.ListByOwnerAsync(ownerId, publicOnly: true), ct);

    private Task<T> GetAsync<T>(string key, Func<Task<T>> read, CancellationToken ct) => GetAsync(_entries, MaxEntries, key, read, ct);

    private async Task<T> GetAsync<T>(ConcurrentDictionary<string, Entry> entries, int maxEntries, string key, Func<Task<T>> read, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var current = version.Current;
        if (entries.Count >= maxEntries)
        {
            // Distinct filter sets are few in practice; a flood of unusual ones just starts the cache afresh.
            entries.Clear();
        }

        var entry = entries.AddOrUpdate(
            key,
            _ => new Entry(current, now, Start(read)),
            (_, existing) => existing.Version != current || now - existing.At > MaxAge || existing.Superseded
                ? new Entry(current, now, Start(read))
                : existing);
        var shared = entry.Value.Value;
        try
        {
            return (T)(await shared.WaitAsync(ct))!;
        }
        catch when (shared.IsFaulted || shared.IsCanceled)
        {
            entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    // The read starts on the thread pool, not inside the Lazy: SQLite runs a query synchronously under its async API,
    // and while the first viewer ran it inside Lazy's lock the others blocked their threads on that lock (a CPU trace of
    // a publish to 1,000 feeds showed them spinning there, and the thread pool adding threads to make up for it).
    private static Lazy<Task<object?>> Start<T>(Func<Task<T>> read) => new(() => Task.Run(async () => (object?)await read()));

    private sealed record Entry(long Version, DateTimeOffset At, Lazy<Task<object?>> Value)
    {
        /// <summary>A feed page read with the counts from before a change, whose recount has ended since.</summary>
        public bool Superseded =>
            Value.IsValueCreated && Value.Value.IsCompletedSuccessfully && Value.Value.Result is ProjectFeedPage { Recount.IsCompleted: true };
    }
}
