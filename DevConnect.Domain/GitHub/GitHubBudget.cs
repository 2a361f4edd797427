using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.GitHub;

/// <summary>
/// GitHub's rate-limit budget and our pause: every server that calls GitHub with the same token must see the same
/// numbers, so the default keeps them in the database rather than in one process.
/// </summary>
public interface IGitHubBudget
{
    Task<GitHubBudgetView> ReadAsync(CancellationToken ct = default);

    /// <summary>True when no call may be made now: paused after a limit, or down to the reserve before the reset.</summary>
    Task<bool> IsPausedAsync(CancellationToken ct = default);

    /// <summary>Records the budget GitHub reported with its last answer.</summary>
    Task RecordAsync(int remaining, int limit, DateTimeOffset resetsAt, CancellationToken ct = default);

    Task PauseUntilAsync(DateTimeOffset until, string why, CancellationToken ct = default);
}

/// <summary>The one row of <see cref="IGitHubBudget"/>'s database default.</summary>
public sealed class GitHubBudgetState
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public int? Remaining { get; set; }

    public int? Limit { get; set; }

    public DateTime? ResetsAtUtc { get; set; }

    public DateTime? PausedUntilUtc { get; set; }
}

internal sealed class DatabaseGitHubBudget(
    IDbContextFactory<DevConnectDbContext> dbFactory, IOptions<GitHubOptions> options, TimeProvider clock, ILogger<DatabaseGitHubBudget> logger)
    : IGitHubBudget
{
    public async Task<GitHubBudgetView> ReadAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var state = await db.GitHubBudget.AsNoTracking().SingleOrDefaultAsync(ct) ?? new GitHubBudgetState();
        return new GitHubBudgetView(state.Remaining, state.Limit, Utc(state.ResetsAtUtc), Utc(state.PausedUntilUtc));
    }

    public async Task<bool> IsPausedAsync(CancellationToken ct = default)
    {
        var budget = await ReadAsync(ct);
        var now = clock.GetUtcNow();
        if (budget.PausedUntil is { } until && until > now)
        {
            return true;
        }

        // Stop before the budget is spent, and start again after the reset.
        if (budget.Remaining is { } remaining && remaining <= options.Value.BudgetReserve && budget.ResetsAt is { } reset && reset > now)
        {
            await PauseUntilAsync(reset, "budget reserve reached", ct);
            return true;
        }

        return false;
    }

    public Task RecordAsync(int remaining, int limit, DateTimeOffset resetsAt, CancellationToken ct = default) =>
        UpdateAsync(state =>
        {
            state.Remaining = remaining;
            state.Limit = limit;
            state.ResetsAtUtc = resetsAt.UtcDateTime;
        }, ct);

    public async Task PauseUntilAsync(DateTimeOffset until, string why, CancellationToken ct = default)
    {
        await UpdateAsync(state => state.PausedUntilUtc = until.UtcDateTime, ct);
        var budget = await ReadAsync(ct);
        logger.LogWarning("GitHub calls paused until {Until} ({Reason}); budget {Remaining}/{Limit}", until, why, budget.Remaining, budget.Limit);
    }

    private async Task UpdateAsync(Action<GitHubBudgetState> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var state = await db.GitHubBudget.SingleOrDefaultAsync(ct);
        if (state is null)
        {
            state = new GitHubBudgetState();
            db.GitHubBudget.Add(state);
        }

        change(state);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another server wrote the first row at the same moment; the next answer from GitHub records it again.
        }
    }

    private static DateTimeOffset? Utc(DateTime? value) =>
        value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
