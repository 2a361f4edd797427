using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Projects;

/// <summary>
/// The search index's own words that start with a word a visitor typed, read from <c>ProjectSearchTerms</c> (an
/// fts5vocab view of the index). FTS5 answers a prefix query ("game"*) by merging the lists of every matching word
/// in full, each time it is asked: testing one project against it costs as much as finding all 99,000. The same
/// words written out ("game" OR "gamedev") are tested per project in microseconds, so the feed can walk its sort
/// index and test only the projects it shows. The view also says how many projects contain each word.
/// </summary>
internal static class SearchVocabulary
{
    /// <summary>Beyond this many words a prefix is left to FTS5 as it is ("a"* would be thousands of words).</summary>
    public const int MaxWords = 32;

    /// <summary>
    /// The index words starting with <paramref name="word"/>, and how many projects contain at least one of them
    /// (at most; a project with two of them counts twice); null when the word cannot be expanded this way.
    /// </summary>
    public static async Task<Expansion?> ExpandAsync(DevConnectDbContext db, string word, CancellationToken ct)
    {
        // The index folds case and accents (unicode61, remove_diacritics 2). For plain ASCII letters and digits that
        // folding is ToLowerInvariant; any other word keeps FTS5's own prefix query rather than a guess at its rules.
        if (!word.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var from = word.ToLowerInvariant();
        var to = from[..^1] + (char)(from[^1] + 1);
        var rows = await db.Database
            .SqlQuery<VocabularyRow>($"SELECT term AS Term, doc AS Documents FROM ProjectSearchTerms WHERE term >= {from} AND term < {to} LIMIT {MaxWords + 1}")
            .ToListAsync(ct);
        return rows.Count > MaxWords ? null : new Expansion(rows.Select(r => r.Term).ToList(), rows.Sum(r => r.Documents));
    }

    internal sealed record Expansion(IReadOnlyList<string> Words, int Documents);

    private sealed record VocabularyRow(string Term, int Documents);
}
