using System.Collections.Concurrent;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Projects;

/// <summary>
/// The search index's own words that start with a word a visitor typed, read from <c>ProjectSearchTerms</c> (an
/// fts5vocab view of the index). FTS5 answers a prefix query ("game"*) by merging the lists of every matching word
/// in full, each time it is asked: testing one project against it costs as much as finding all 99,000. The same
/// words written out ("game" OR "gamedev") are tested per project in microseconds, so the feed can walk its sort
/// index and test only the projects it shows. The view also says how many projects contain each word.
/// Reading the view means reading those words' lists once (a few ms for a word in every project), so expansions
/// are kept until the index changes: <see cref="ProjectService"/> advances <see cref="ProjectChangeVersion"/> in
/// the same request that changed it, before it answers, so no search that follows can miss a new word.
/// </summary>
public sealed class SearchVocabulary(IDbContextFactory<DevConnectDbContext> dbFactory, ProjectChangeVersion changes)
{
    /// <summary>Beyond this many words a prefix is left to FTS5 as it is ("a"* would be thousands of words).</summary>
    public const int MaxWords = 32;

    private const int MaxEntries = 1_024;

    private readonly ConcurrentDictionary<string, Lazy<Task<Expansion?>>> _expansions = new(StringComparer.Ordinal);
    private long _generation = -1;

    /// <summary>
    /// The index words starting with <paramref name="word"/>, and how many projects contain at least one of them
    /// (at most; a project with two of them counts twice); null when the word cannot be expanded this way.
    /// </summary>
    internal async Task<Expansion?> ExpandAsync(string word)
    {
        // The index folds case and accents (unicode61, remove_diacritics 2). For plain ASCII letters and digits that
        // folding is ToLowerInvariant; any other word keeps FTS5's own prefix query rather than a guess at its rules.
        if (!word.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        // A project was posted, edited or deleted since (the version moves before that request answers): words may
        // have appeared or gone.
        var generation = changes.Current;
        if (_expansions.Count >= MaxEntries || Interlocked.Exchange(ref _generation, generation) != generation)
        {
            _expansions.Clear();
        }

        var key = word.ToLowerInvariant();
        var entry = _expansions.GetOrAdd(key, k => new Lazy<Task<Expansion?>>(() => ReadAsync(k)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            _expansions.TryRemove(new KeyValuePair<string, Lazy<Task<Expansion?>>>(key, entry));
            throw;
        }
    }

    private async Task<Expansion?> ReadAsync(string from)
    {
        // Its own context: the expansion may be shared by several searches and outlive the one that asked first.
        await using var db = await dbFactory.CreateDbContextAsync();
        var to = from[..^1] + (char)(from[^1] + 1);
        var rows = await db.Database
            .SqlQuery<VocabularyRow>($"SELECT term AS Term, doc AS Documents FROM ProjectSearchTerms WHERE term >= {from} AND term < {to} LIMIT {MaxWords + 1}")
            .ToListAsync();
        return rows.Count > MaxWords ? null : new Expansion(rows.Select(r => r.Term).ToList(), rows.Sum(r => r.Documents));
    }

    internal sealed record Expansion(IReadOnlyList<string> Words, int Documents);

    private sealed record VocabularyRow(string Term, int Documents);
}
