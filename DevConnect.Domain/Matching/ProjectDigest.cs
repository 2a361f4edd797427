using DevConnect.Domain.Accounts;
using DevConnect.Domain.Email;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Matching;

public enum ProjectDigestFrequency
{
    Never = 0,
    Weekly = 1,
}

/// <summary>Whether a member gets the weekly "projects for you" email, and when they last did. No row: never.</summary>
public sealed class ProjectDigestSetting
{
    private ProjectDigestSetting()
    {
    }

    internal ProjectDigestSetting(string userId, ProjectDigestFrequency frequency)
    {
        UserId = userId;
        Frequency = frequency;
    }

    public string UserId { get; private set; } = "";

    public ProjectDigestFrequency Frequency { get; internal set; }

    public DateTime? LastSentAtUtc { get; private set; }
}

internal sealed class ProjectDigestSettingConfiguration : IEntityTypeConfiguration<ProjectDigestSetting>
{
    public void Configure(EntityTypeBuilder<ProjectDigestSetting> setting)
    {
        setting.ToTable("ProjectDigestSettings");
        setting.HasKey(s => s.UserId);
        setting.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        setting.HasIndex(s => new { s.Frequency, s.LastSentAtUtc });
        setting.HasOne<DevConnectUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// The weekly "projects for you" email: the member's best new suggestions of the week, each with its reason line,
/// and the one-click unsubscribe link every notification email has. Each member is claimed (their last-sent time
/// moved) in the transaction that writes their email, as the daily digests are, so no one gets it twice.
/// </summary>
public sealed class ProjectDigestEmails(
    IDbContextFactory<DevConnectDbContext> dbFactory, MatchingService matching, NotificationEmails emails, EmailOutbox outbox, TimeProvider clock,
    ILogger<ProjectDigestEmails> logger)
{
    public const int MaxProjects = 5;
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public async Task<ProjectDigestFrequency> GetAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var setting = await db.Set<ProjectDigestSetting>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, ct);
        return setting?.Frequency ?? ProjectDigestFrequency.Never;
    }

    public async Task SetAsync(string userId, ProjectDigestFrequency frequency, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(frequency))
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<ProjectDigestSetting>().SingleOrDefaultAsync(s => s.UserId == userId, ct) is { } setting)
        {
            setting.Frequency = frequency;
        }
        else
        {
            db.Add(new ProjectDigestSetting(userId, frequency));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Two tabs saved at once: the other one's row stands, and saving again sets it.
        }
    }

    /// <summary>Sends the digests that are due (a week after the last); returns how many went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var weekAgo = now - Week;
        List<(string UserId, DateTime? Last)> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            due = (await db.Set<ProjectDigestSetting>()
                .Where(s => s.Frequency == ProjectDigestFrequency.Weekly && (s.LastSentAtUtc == null || s.LastSentAtUtc <= weekAgo))
                .Select(s => new { s.UserId, s.LastSentAtUtc }).ToListAsync(ct)).Select(s => (s.UserId, s.LastSentAtUtc)).ToList();
        }

        var sent = 0;
        foreach (var (userId, last) in due)
        {
            if (await SendOneAsync(userId, last, now, ct))
            {
                sent++;
            }
        }

        if (sent > 0)
        {
            outbox.Wake();
            logger.LogInformation("Sent {Count} weekly project digests", sent);
        }

        return sent;
    }

    private async Task<bool> SendOneAsync(string userId, DateTime? last, DateTime now, CancellationToken ct)
    {
        var since = last ?? now - Week;
        var view = await matching.ReadForYouAsync(userId, MatchingService.DefaultCount, ct);
        var fresh = view.Items.Where(i => i.Card.CreatedAtUtc > since).Take(MaxProjects).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var email = await db.Users.Where(u => u.Id == userId && u.EmailConfirmed).Select(u => u.Email).SingleOrDefaultAsync(ct);
        if (fresh.Count == 0 || email is null)
        {
            return false;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Set<ProjectDigestSetting>().Where(s => s.UserId == userId && s.LastSentAtUtc == last)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LastSentAtUtc, now), ct);
        if (claimed == 0)
        {
            return false;
        }

        var items = fresh.Select(i => ($"{i.Card.Name}: {MatchReasonText.Line(i.Match)}", $"/projects/{i.Card.Id}/{i.Card.Slug}")).ToList();
        var subject = items.Count == 1 ? "DevConnect: a project for you this week" : $"DevConnect: {items.Count} projects for you this week";
        outbox.Add(db, $"project-digest:{userId}:{now:yyyy-MM-dd}", emails.Compose(email, subject, items, userId));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
