using System.ComponentModel.DataAnnotations;

namespace DevConnect.Domain.Projects;

/// <summary>Bound from <c>Feed</c>.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feed";

    /// <summary>
    /// Totals up to this many matching projects are counted exactly; above it the feed says "about N". Counting
    /// 60,000 matches costs more than the whole page, and nobody reads the last digit of such a number.
    /// </summary>
    [Range(0, 1_000_000)]
    public int ExactTotalUpTo { get; set; } = 1_000;

    /// <summary>
    /// A text search or a choice of languages matching at most this many projects is where a feed query starts: walking
    /// the sort index instead would pass thousands of entries for each match. Tuning, measured with tools/FeedBenchmark.
    /// </summary>
    [Range(0, 1_000_000)]
    public int DriveFromSetsUpTo { get; set; } = 300;

    /// <summary>
    /// Up to this many matches such a set is listed once and looked up while walking the sort index; beyond it, testing
    /// each entry walked costs less than listing them all (60,000 C# projects). Tuning, as above.
    /// </summary>
    [Range(0, 1_000_000)]
    public int ListSetsUpTo { get; set; } = 5_000;

    /// <summary>
    /// PostgreSQL: a language filter is tested per project while walking the sort index when a page is expected within
    /// this many entries (page size × candidates ÷ the languages' projects); a rarer one is hashed once instead. Tuning,
    /// as above.
    /// </summary>
    [Range(0, 1_000_000)]
    public int ProbeLanguagesWalkUpTo { get; set; } = 1_000;

    /// <summary>
    /// After a change, how long a feed read waits for its language recount before showing the counts from before it.
    /// A recount that ends within it gives every open feed the new numbers in one render; without the wait each feed
    /// rendered twice per published project (the card, then the counts), measured with tools/CircuitLoad. A slow
    /// recount (60,000 projects) is not waited for.
    /// </summary>
    [Range(0, 1_000)]
    public int RecountGraceMilliseconds { get; set; } = 50;
}
