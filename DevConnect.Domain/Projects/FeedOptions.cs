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
}
