using DevConnect.Domain.GitHub;

namespace DevConnect.Domain.Moderation;

/// <summary>What the moderators' health panel shows, read in one go by <see cref="PlatformHealthService"/>.</summary>
public sealed record PlatformHealth(
    DateTime AsOfUtc,
    IReadOnlyList<DailyActivity> Days,
    GitHubBudgetView GitHubBudget,
    IReadOnlyList<GitHubRefreshFailure> GitHubFailures,
    IReadOnlyList<BackgroundJobStatus> Jobs,
    OutboxHealth Outbox)
{
    // Reports open and the median time to a decision; null only for a panel built before reports existed (tests).
    public ReportsHealth? Reports { get; init; }
}

/// <summary>One UTC day's new accounts, projects and applications.</summary>
public sealed record DailyActivity(DateOnly Day, int SignUps, int Projects, int Applications);

/// <summary>A repository or GitHub account whose last refresh failed; <see cref="Error"/> is a <see cref="GitHubErrors"/> code.</summary>
public sealed record GitHubRefreshFailure(string Key, string Error, int FailureCount, DateTime NextAttemptUtc);

/// <summary>A background job's lease: who runs it, when it last started a round, until when it is held.</summary>
public sealed record BackgroundJobStatus(string Name, string Holder, DateTime? LastRunUtc, DateTime HeldUntilUtc, bool IsHeld);

/// <summary>Emails waiting (or being sent now) and the ones given up on, with the last reasons.</summary>
public sealed record OutboxHealth(int Pending, int Failed, DateTime? OldestPendingUtc, IReadOnlyList<OutboxFailure> RecentFailures);

public sealed record OutboxFailure(DateTime CreatedAtUtc, int Attempts, string? Error);

public sealed record ReportsHealth(int Open, TimeSpan? MedianTimeToHandle);
