using System.Collections.Concurrent;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Matching;

/// <summary>
/// The parts of matching that are the same for every member, read once for all of them: the newest projects per tag,
/// the newest repositories per language, the newest recruiting projects, each candidate project's facts, and the cards
/// suggestions are shown with. Every member's "For you" read them again before (a CPU trace of a signed-in home page
/// under load put two thirds of the suggestions' cost there); what stays per member is their own profile, what they
/// applied to, joined, dismissed or blocked, and the scoring, kept between their pages by <see cref="KeptRankings"/>.
/// Like <see cref="SharedProjectReads"/>, everything read is dropped when a project changes (<see cref="ProjectChangeVersion"/>,
/// advanced on every server) and after <see cref="MaxAge"/> at most, for what changes without a project event: a
/// GitHub refresh (languages, the "inactive" flag) or an owner's profile (mentoring, time zone).
/// </summary>
public sealed class SharedMatchReads(ProjectChangeVersion version, TimeProvider clock)
{
    /// <summary>The same bound as the feed's shared reads: one answer to "how stale may a shared read be".</summary>
    public static TimeSpan MaxAge => SharedProjectReads.MaxAge;

    // Beyond this many projects a generation stops keeping facts (or cards) and reads the rest per member: memory stays
    // bounded whatever the catalogue (a member's candidates are a few hundred projects).
    private const int MaxKept = 20_000;

    private Generation _current = new(-1, DateTimeOffset.MinValue);

    /// <summary>The newest projects tagged <paramref name="tag"/>.</summary>
    internal Task<IReadOnlyList<int>> TaggedAsync(DevConnectDbContext db, string tag, CancellationToken ct) =>
        GetAsync(Current().Lists, "tag|" + tag, () => db.ProjectTags.Where(t => t.Tag == tag)
            .OrderByDescending(t => t.ProjectId).Select(t => t.ProjectId).Take(MatchReads.PerTag).ToListAsync(ct));

    /// <summary>The newest repository snapshots that use the language <paramref name="tag"/>.</summary>
    internal Task<IReadOnlyList<int>> SnapshotsAsync(DevConnectDbContext db, string tag, CancellationToken ct) =>
        // One index walk per language (IX_GitHubRepoLanguages_Tag_Snapshot), newest first.
        GetAsync(Current().Lists, "lang|" + tag, () => db.GitHubRepoLanguages.Where(l => l.Tag == tag)
            .OrderByDescending(l => l.SnapshotId).Select(l => l.SnapshotId).Take(MatchReads.PerTag).ToListAsync(ct));

    /// <summary>The newest public recruiting projects.</summary>
    internal Task<IReadOnlyList<int>> RecentAsync(DevConnectDbContext db, CancellationToken ct) =>
        GetAsync(Current().Lists, "recent", () => db.Projects.Where(p => p.IsPublic && p.Status == ProjectStatus.Recruiting)
            .OrderByDescending(p => p.CreatedAtUtc).ThenByDescending(p => p.Id).Select(p => p.Id).Take(MatchReads.Recent).ToListAsync(ct));

    /// <summary>The facts of those of <paramref name="ids"/> that are public and not completed.</summary>
    internal Task<List<ProjectMatchFacts>> FactsAsync(DevConnectDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        KeptAsync(Current().Facts, ids, async missing => (await MatchReads.ProjectsAsync(db, missing, clock.GetUtcNow().UtcDateTime, ct)).ToDictionary(p => p.Id));

    /// <summary>
    /// The cards of those of <paramref name="ids"/> that still exist, in that order. A database context is opened
    /// only for cards not read yet: a member's suggestions are mostly the same few cards as everybody's.
    /// </summary>
    internal Task<List<ProjectCardView>> CardsAsync(IDbContextFactory<DevConnectDbContext> dbFactory, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        KeptAsync(Current().Cards, ids, async missing =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return (await ProjectCards.ForIdsAsync(db, missing, clock.GetUtcNow().UtcDateTime, ct)).ToDictionary(c => c.Id);
        });

    // Reads what this generation does not hold yet and keeps it; an id with no answer is kept as such (null: private,
    // completed or deleted), so it is not read again either.
    private static async Task<List<TValue>> KeptAsync<TValue>(
        ConcurrentDictionary<int, TValue?> kept, IReadOnlyCollection<int> ids, Func<List<int>, Task<Dictionary<int, TValue>>> read)
        where TValue : class
    {
        var missing = ids.Where(id => !kept.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var found = await read(missing);
            if (kept.Count + missing.Count > MaxKept)
            {
                return [.. ids.Select(id => kept.GetValueOrDefault(id) ?? found.GetValueOrDefault(id)).OfType<TValue>()];
            }

            foreach (var id in missing)
            {
                kept.TryAdd(id, found.GetValueOrDefault(id));
            }
        }

        return [.. ids.Select(id => kept.GetValueOrDefault(id)).OfType<TValue>()];
    }

    private Generation Current()
    {
        var current = Volatile.Read(ref _current);
        var (now, changes) = (clock.GetUtcNow(), version.Current);
        if (current.Version == changes && now - current.At <= MaxAge)
        {
            return current;
        }

        // Two callers may start a generation at once; the last one stays and the other's reads are simply not kept.
        var fresh = new Generation(changes, now);
        Volatile.Write(ref _current, fresh);
        return fresh;
    }

    // Concurrent misses may read the same list twice: cheaper than making every member wait on one another. A miss is
    // read on the caller's context (one per request, as before). The lists are shared: callers read, never change them.
    private static async Task<IReadOnlyList<int>> GetAsync(ConcurrentDictionary<string, IReadOnlyList<int>> lists, string key, Func<Task<List<int>>> read)
    {
        if (lists.TryGetValue(key, out var known))
        {
            return known;
        }

        return lists.GetOrAdd(key, await read());
    }

    private sealed class Generation(long version, DateTimeOffset at)
    {
        public long Version { get; } = version;

        public DateTimeOffset At { get; } = at;

        public ConcurrentDictionary<string, IReadOnlyList<int>> Lists { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<int, ProjectMatchFacts?> Facts { get; } = new();

        public ConcurrentDictionary<int, ProjectCardView?> Cards { get; } = new();
    }
}
