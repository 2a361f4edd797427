using DevConnect.Domain.Email;
using DevConnect.Domain.GitHub;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Moderation;

/// <summary>
/// The platform's health for moderators, from the database only (so every server shows the same): activity per day,
/// the shared GitHub budget and the last refresh failures, background job leases, and the email outbox. Counting is
/// done by the database, grouped by day, so a busy fortnight costs no more to read than a quiet one.
/// </summary>
public sealed class PlatformHealthService(IDbContextFactory<DevConnectDbContext> dbFactory, IGitHubBudget gitHubBudget, TimeProvider clock)
{
    public const int Days = 14;
    public const int FailuresShown = 5;

    public async Task<PlatformHealth> ReadAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var since = today.AddDays(1 - Days).ToDateTime(TimeOnly.MinValue);
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var signUps = await PerDayAsync(db.Users.Where(u => u.CreatedAtUtc >= since).Select(u => u.CreatedAtUtc), ct);
        var projects = await PerDayAsync(db.Projects.Where(p => p.CreatedAtUtc >= since).Select(p => p.CreatedAtUtc), ct);
        var applications = await PerDayAsync(db.Applications.Where(a => a.CreatedAtUtc >= since).Select(a => a.CreatedAtUtc), ct);
        var days = Enumerable.Range(0, Days).Select(i => today.AddDays(i + 1 - Days))
            .Select(d => new DailyActivity(d, signUps.GetValueOrDefault(d), projects.GetValueOrDefault(d), applications.GetValueOrDefault(d)))
            .ToList();

        var repoFailures = await db.GitHubRepos.AsNoTracking().Where(r => r.LastError != null)
            .OrderByDescending(r => r.NextRefreshAtUtc).Take(FailuresShown)
            .Select(r => new GitHubRefreshFailure(r.FullName ?? r.Key, r.LastError!, r.FailureCount, r.NextRefreshAtUtc)).ToListAsync(ct);
        var userFailures = await db.GitHubUsers.AsNoTracking().Where(u => u.LastError != null)
            .OrderByDescending(u => u.NextRefreshAtUtc).Take(FailuresShown)
            .Select(u => new GitHubRefreshFailure("@" + u.Login, u.LastError!, u.FailureCount, u.NextRefreshAtUtc)).ToListAsync(ct);

        var jobs = (await db.JobLeases.AsNoTracking().OrderBy(l => l.Name).ToListAsync(ct))
            .Select(l => new BackgroundJobStatus(l.Name, l.Holder, l.RenewedUtc, l.ExpiresUtc, l.ExpiresUtc > now)).ToList();

        return new PlatformHealth(now, days, await gitHubBudget.ReadAsync(ct),
            repoFailures.Concat(userFailures).OrderByDescending(f => f.NextAttemptUtc).Take(FailuresShown).ToList(),
            jobs, await OutboxAsync(db, ct))
        {
            Reports = await ReportsAsync(db, since, ct),
        };
    }

    /// <summary>Reports still open, and the median time from report to decision over the same days as the activity.</summary>
    private static async Task<ReportsHealth> ReportsAsync(DevConnectDbContext db, DateTime since, CancellationToken ct)
    {
        var open = await db.Reports.CountAsync(r => r.Status == ReportStatus.Open, ct);
        var handled = await db.Reports.AsNoTracking().Where(r => r.ResolvedAtUtc != null && r.ResolvedAtUtc >= since)
            .Select(r => new { r.CreatedAtUtc, ResolvedAtUtc = r.ResolvedAtUtc!.Value }).ToListAsync(ct);
        var waits = handled.Select(r => r.ResolvedAtUtc - r.CreatedAtUtc).Order().ToList();
        return new ReportsHealth(open, waits.Count == 0 ? null : waits[waits.Count / 2]);
    }

    private static async Task<Dictionary<DateOnly, int>> PerDayAsync(IQueryable<DateTime> moments, CancellationToken ct) =>
        (await moments.GroupBy(t => t.Date).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => DateOnly.FromDateTime(g.Key), g => g.Count);

    private static async Task<OutboxHealth> OutboxAsync(DevConnectDbContext db, CancellationToken ct)
    {
        var waiting = db.OutboxMessages.Where(m => m.State == OutboxState.Pending || m.State == OutboxState.Sending);
        var pending = await waiting.CountAsync(ct);
        var oldest = await waiting.OrderBy(m => m.CreatedAtUtc).Select(m => (DateTime?)m.CreatedAtUtc).FirstOrDefaultAsync(ct);
        var failed = await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Dead, ct);
        // The reason and when, never the address or the text: the panel is about delivery, not about what members receive.
        var recent = await db.OutboxMessages.AsNoTracking().Where(m => m.State == OutboxState.Dead)
            .OrderByDescending(m => m.CreatedAtUtc).Take(FailuresShown)
            .Select(m => new OutboxFailure(m.CreatedAtUtc, m.Attempts, m.LastError)).ToListAsync(ct);
        return new OutboxHealth(pending, failed, oldest, recent);
    }
}
