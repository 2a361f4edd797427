using DevConnect.Domain.Jobs;
using DevConnect.Domain.Persistence;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Jobs;

/// <summary>Two servers on one database: a background job runs on exactly one of them, and moves when that one dies.</summary>
public sealed class JobLeasesTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(3);
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync(clock: _clock);

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private JobLeases Server() => new(_domain.Get<IDbContextFactory<DevConnectDbContext>>(), _clock);

    [Fact]
    public async Task The_first_server_to_ask_runs_the_job_and_the_second_is_told_no()
    {
        var (a, b) = (Server(), Server());

        Assert.True(await a.TryAcquireAsync(JobLeases.GitHubRefresh, Lease));
        Assert.False(await b.TryAcquireAsync(JobLeases.GitHubRefresh, Lease));
        Assert.True(await b.TryAcquireAsync(JobLeases.HourlyJobs, Lease), "a different job is free");
    }

    [Fact]
    public async Task A_holder_that_keeps_renewing_keeps_the_job()
    {
        var (a, b) = (Server(), Server());
        await a.TryAcquireAsync(JobLeases.GitHubRefresh, Lease);

        for (var round = 0; round < 5; round++)
        {
            _clock.Advance(TimeSpan.FromMinutes(2));
            Assert.True(await a.TryAcquireAsync(JobLeases.GitHubRefresh, Lease));
            Assert.False(await b.TryAcquireAsync(JobLeases.GitHubRefresh, Lease));
        }
    }

    [Fact]
    public async Task When_the_holder_stops_renewing_another_server_takes_over_after_the_lease_runs_out()
    {
        var (a, b) = (Server(), Server());
        await a.TryAcquireAsync(JobLeases.GitHubRefresh, Lease);

        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.False(await b.TryAcquireAsync(JobLeases.GitHubRefresh, Lease));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await b.TryAcquireAsync(JobLeases.GitHubRefresh, Lease));
        Assert.False(await a.TryAcquireAsync(JobLeases.GitHubRefresh, Lease), "the old holder came back and must wait");
    }

    [Fact]
    public async Task Servers_that_ask_at_the_same_moment_never_both_get_the_job()
    {
        var servers = Enumerable.Range(0, 6).Select(_ => Server()).ToList();

        for (var job = 0; job < 10; job++)
        {
            var name = $"race-{job}";
            var answers = await Task.WhenAll(servers.Select(s => Task.Run(() => s.TryAcquireAsync(name, Lease))));
            Assert.Equal(1, answers.Count(taken => taken));
        }
    }
}
