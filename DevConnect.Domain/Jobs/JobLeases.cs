using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Jobs;

/// <summary>
/// One runner per job across servers. A worker asks before each round; the lease is taken with one conditional
/// update (or the insert of its row, which the primary key lets only one server win), so two servers never both
/// spend GitHub's rate limit or send the same digest. A holder that dies is replaced once its lease runs out.
/// </summary>
public sealed class JobLeases(IDbContextFactory<DevConnectDbContext> dbFactory, TimeProvider clock)
{
    public const string GitHubRefresh = "github-refresh";
    public const string HourlyJobs = "hourly-jobs";

    /// <summary>This process, as lease holder: unique per start, so a restarted server waits like any other.</summary>
    public string Holder { get; } = NewHolder();

    /// <summary>Takes or renews the lease on <paramref name="job"/> for <paramref name="duration"/>; false while another server holds it.</summary>
    public async Task<bool> TryAcquireAsync(string job, TimeSpan duration, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var taken = await db.JobLeases
            .Where(l => l.Name == job && (l.Holder == Holder || l.ExpiresUtc < now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, Holder).SetProperty(l => l.ExpiresUtc, until).SetProperty(l => l.RenewedUtc, now), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == job, ct))
        {
            return false;
        }

        db.JobLeases.Add(new JobLease(job, Holder, until, now));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolations.IsUniqueViolation(e))
        {
            // Another server inserted the row first: it holds the lease.
            return false;
        }
    }

    private static string NewHolder()
    {
        // The machine and process help whoever reads the table; the GUID at the end is what makes it unique.
        var holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return holder.Length <= JobLease.HolderMaxLength ? holder : holder[^JobLease.HolderMaxLength..];
    }
}
