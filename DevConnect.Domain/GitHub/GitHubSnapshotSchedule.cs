namespace DevConnect.Domain.GitHub;

/// <summary>What repository and member snapshots share: when they were fetched, when next, and the last failure.</summary>
public interface IGitHubSnapshot
{
    /// <summary>The repository key or the login, for log lines.</summary>
    string Name { get; }

    bool NotFound { get; set; }

    DateTime? FetchedAtUtc { get; set; }

    DateTime NextRefreshAtUtc { get; set; }

    int FailureCount { get; set; }

    string? LastError { get; set; }
}

/// <summary>One schedule for both kinds of snapshot, so repositories and members fail and recover the same way.</summary>
internal static class GitHubSnapshotSchedule
{
    public static void Succeeded(IGitHubSnapshot snapshot, DateTime now, TimeSpan refreshInterval)
    {
        snapshot.FetchedAtUtc = now;
        snapshot.FailureCount = 0;
        snapshot.LastError = null;
        snapshot.NextRefreshAtUtc = now + refreshInterval;
    }

    /// <summary>Keeps the last data, records why, and tries again after <paramref name="next"/> (at least a minute).</summary>
    public static void Failed(IGitHubSnapshot snapshot, DateTime now, string error, DateTime next)
    {
        snapshot.FailureCount++;
        snapshot.LastError = error;
        snapshot.NextRefreshAtUtc = next > now ? next : now.AddMinutes(1);
    }

    /// <summary>Exponential back-off in minutes after repeated failures, never longer than the normal interval.</summary>
    public static TimeSpan BackOff(IGitHubSnapshot snapshot, TimeSpan refreshInterval) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(2, snapshot.FailureCount), refreshInterval.TotalMinutes));
}
