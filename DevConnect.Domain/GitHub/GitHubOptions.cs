using System.ComponentModel.DataAnnotations;

namespace DevConnect.Domain.GitHub;

/// <summary>Bound from <c>GitHub</c>. The token comes from the environment (GitHub__Token) or user secrets, never a file in the repo.</summary>
public sealed class GitHubOptions
{
    public const string Section = "GitHub";

    /// <summary>Set to false to never call GitHub (pages then show stored snapshots only).</summary>
    public bool Enabled { get; set; } = true;

    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://api.github.com/";

    /// <summary>Optional personal access token; without it the anonymous 60 requests per hour apply.</summary>
    public string? Token { get; set; }

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromHours(6);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Times a request is tried again after a network failure, a timeout or a 5xx (never after a rate limit).</summary>
    [Range(0, 5)]
    public int Retries { get; set; } = 2;

    /// <summary>The first wait before a retry; later ones double, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests kept in reserve: the worker pauses when the budget gets this low.</summary>
    [Range(0, 1000)]
    public int BudgetReserve { get; set; } = 5;

    /// <summary>How often the worker looks for due snapshots when nothing was queued.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
}
