using DevConnect.Domain.Applications;
using DevConnect.Domain.GitHub;
using DevConnect.Domain.Jobs;
using DevConnect.Domain.Moderation;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Safety;

/// <summary>What the health panel reads, from the database, on a clock the test moves.</summary>
public sealed class PlatformHealthServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private DomainHarness _domain = default!;

    private PlatformHealthService Health => _domain.Get<PlatformHealthService>();

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync(clock: _clock);

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task Sign_ups_projects_and_applications_are_counted_per_day_for_the_last_fourteen_days()
    {
        await _domain.CreateMemberAsync("Too Early");
        _clock.Advance(TimeSpan.FromDays(14));
        var owner = await _domain.CreateMemberAsync("Yesterday Owner");
        var project = (await _domain.Get<ProjectService>().CreateAsync(owner, new ProjectDraft
        {
            Name = "Counted", Summary = "Counted once", Status = ProjectStatus.Recruiting, Roles = [new RoleDraft("docs", true)],
        })).ProjectId!.Value;
        _clock.Advance(TimeSpan.FromDays(1));
        var applicant = await _domain.CreateMemberAsync("Today Applicant");
        await _domain.CreateMemberAsync("Today Lurker");
        await _domain.Get<ApplicationService>().ApplyAsync(applicant, project, "docs", "I would love to help with the documentation.");

        var health = await Health.ReadAsync();

        Assert.Equal(PlatformHealthService.Days, health.Days.Count);
        Assert.Equal(new DailyActivity(new DateOnly(2026, 12, 1), 2, 0, 1), health.Days[^1]);
        Assert.Equal(new DailyActivity(new DateOnly(2026, 11, 30), 1, 1, 0), health.Days[^2]);
        Assert.Equal(new DateOnly(2026, 11, 18), health.Days[0].Day);
        Assert.Equal(3, health.Days.Sum(d => d.SignUps));
        Assert.Equal(1, health.Outbox.Pending);
        Assert.Equal(0, health.Outbox.Failed);
        Assert.Equal(new ReportsHealth(0, null), health.Reports);
    }

    [Fact]
    public async Task The_github_budget_the_last_refresh_errors_and_who_runs_each_job_are_shown()
    {
        await _domain.Get<IGitHubBudget>().RecordAsync(4200, 5000, Start.AddMinutes(40));
        await using (var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync())
        {
            db.GitHubRepos.Add(new GitHubRepoSnapshot { Key = "sea/broken", FullName = "sea/Broken", LastError = GitHubErrors.Timeout, FailureCount = 3, NextRefreshAtUtc = Start.UtcDateTime.AddHours(1) });
            db.GitHubRepos.Add(new GitHubRepoSnapshot { Key = "sea/fine", FullName = "sea/fine", FetchedAtUtc = Start.UtcDateTime, NextRefreshAtUtc = Start.UtcDateTime.AddHours(6) });
            await db.SaveChangesAsync();
        }

        var leases = _domain.Get<JobLeases>();
        await leases.TryAcquireAsync(JobLeases.GitHubRefresh, TimeSpan.FromMinutes(5));
        _clock.Advance(TimeSpan.FromMinutes(10));

        var health = await Health.ReadAsync();

        Assert.Equal((4200, 5000), (health.GitHubBudget.Remaining, health.GitHubBudget.Limit));
        var failure = Assert.Single(health.GitHubFailures);
        Assert.Equal(("sea/Broken", GitHubErrors.Timeout, 3), (failure.Key, failure.Error, failure.FailureCount));
        var job = Assert.Single(health.Jobs);
        Assert.Equal((JobLeases.GitHubRefresh, leases.Holder, Start.UtcDateTime), (job.Name, job.Holder, job.LastRunUtc));
        Assert.False(job.IsHeld, "a lease that ran out ten minutes ago is held by nobody");
    }
}
