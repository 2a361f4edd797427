using System.ComponentModel.DataAnnotations;

namespace DevConnect.Domain.Applications;

/// <summary>Bound from <c>Applications</c>.</summary>
public sealed class ApplicationOptions
{
    public const string Section = "Applications";

    /// <summary>A pending application expires after this long (shown on the card).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(21);
}
