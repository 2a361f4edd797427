using DevConnect.Domain.GitHub;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.GitHub;

/// <summary>
/// What survives a flaky network, a restart and a second server: retries, the ETag cache and the budget's pause.
/// Two harnesses over one SQLite file stand for two servers (or one server before and after a restart).
/// </summary>
public sealed class GitHubResilienceTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private FakeGitHub _github = default!;
    private DomainHarness _first = default!;

    public async ValueTask InitializeAsync()
    {
        _github = await FakeGitHub.StartAsync();
        _first = await StartServerAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _first.DisposeAsync();
        await _github.DisposeAsync();
    }

    /// <summary>A server on the fake GitHub; with <paramref name="sharing"/>, over the same database as that one.</summary>
    private Task<DomainHarness> StartServerAsync(DomainHarness? sharing = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["GitHub:ApiBaseUrl"] = _github.BaseAddress.ToString(),
            ["GitHub:Token"] = "test-token-not-a-secret",
            ["GitHub:RetryDelay"] = "00:00:00.050",
        };
        if (sharing is not null)
        {
            settings["ConnectionStrings:DevConnect"] = sharing.ConnectionString;
        }

        return DomainHarness.StartAsync(settings: settings, clock: _clock);
    }

    [Fact]
    public async Task A_dropped_connection_is_tried_again_and_the_refresh_succeeds()
    {
        _github.ServeRepository("PyGithub/PyGithub", "repo-get-200-public-2026");
        await _first.Get<GitHubRefreshQueue>().RequestRefreshAsync("PyGithub", "PyGithub");
        _github.DropNext = 1;

        var outcome = await _first.Get<GitHubSync>().RefreshRepoAsync("pygithub/pygithub");

        Assert.Equal(RefreshOutcome.Updated, outcome);
        Assert.Equal(2, _github.CountRequests("/repos/PyGithub/PyGithub"));
        var repo = (await _first.Get<GitHubReads>().GetRepoAsync("PyGithub", "PyGithub"))!;
        Assert.Equal(7701, repo.Stars);
        Assert.Null(repo.LastError);
    }

    [Fact]
    public async Task After_a_restart_an_unchanged_repository_costs_only_conditional_requests()
    {
        _github.ServeRepository("PyGithub/PyGithub", "repo-get-200-public-2026");
        await _first.Get<GitHubRefreshQueue>().RequestRefreshAsync("PyGithub", "PyGithub");
        await _first.Get<GitHubSync>().RefreshRepoAsync("pygithub/pygithub");
        await using var restarted = await StartServerAsync(sharing: _first);
        _github.ClearRequests();
        _clock.Advance(TimeSpan.FromHours(7));

        Assert.Equal(1, await restarted.Get<GitHubSync>().RefreshDueAsync(10));

        Assert.NotEmpty(_github.Requests);
        Assert.All(_github.Requests, r => Assert.NotNull(r.IfNoneMatch));
        Assert.Equal(7701, (await restarted.Get<GitHubReads>().GetRepoAsync("PyGithub", "PyGithub"))!.Stars);
    }

    [Fact]
    public async Task A_rate_limit_met_by_one_server_pauses_every_server_sharing_the_database()
    {
        _github.Serve("/repos/jacquev6/PyGithub", "rate-limit-403-primary-exceeded-2013");
        await using var second = await StartServerAsync(sharing: _first);

        Assert.Equal(RefreshOutcome.Paused, await _first.Get<GitHubSync>().RefreshRepoAsync("jacquev6/pygithub"));
        Assert.Equal(RefreshOutcome.Paused, await second.Get<GitHubSync>().RefreshRepoAsync("jacquev6/pygithub"));

        Assert.Equal(1, _github.CountRequests("/repos/jacquev6/PyGithub"));
        var budget = await second.Get<IGitHubBudget>().ReadAsync();
        Assert.True(budget.PausedUntil > _clock.GetUtcNow());
    }
}
