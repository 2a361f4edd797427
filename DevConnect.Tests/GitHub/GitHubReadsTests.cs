using DevConnect.Domain.GitHub;
using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.GitHub;

/// <summary>
/// Pages keep a repository's snapshot between views, and a refresh shows on the next view all the same: at once on the
/// server that refreshed it, and on the others as soon as they hear of it.
/// </summary>
public sealed class GitHubReadsTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private FakeGitHub _github = default!;
    private DomainHarness _domain = default!;

    private GitHubReads Reads => _domain.Get<GitHubReads>();

    public async ValueTask InitializeAsync()
    {
        _github = await FakeGitHub.StartAsync();
        _domain = await DomainHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["GitHub:ApiBaseUrl"] = _github.BaseAddress.ToString(),
            ["GitHub:Token"] = "test-token-not-a-secret",
        }, clock: _clock);
        _github.ServeRepository("PyGithub/PyGithub", "repo-get-200-public-2026");
        await _domain.Get<GitHubRefreshQueue>().RequestRefreshAsync("PyGithub", "PyGithub");
    }

    public async ValueTask DisposeAsync()
    {
        await _domain.DisposeAsync();
        await _github.DisposeAsync();
    }

    [Fact]
    public async Task A_repository_viewed_before_its_first_refresh_shows_the_refresh_on_the_next_view()
    {
        Assert.False((await Reads.GetRepoAsync("PyGithub", "PyGithub"))!.HasData);

        Assert.Equal(RefreshOutcome.Updated, await _domain.Get<GitHubSync>().RefreshRepoAsync("pygithub/pygithub"));

        Assert.Equal(7701, (await Reads.GetRepoAsync("PyGithub", "PyGithub"))!.Stars);
    }

    [Fact]
    public async Task Another_server_drops_its_kept_snapshot_when_the_refresh_is_announced()
    {
        // A second server: its own kept snapshots, the same hub and database.
        using var elsewhere = new GitHubReads(_domain.Get<IDbContextFactory<DevConnectDbContext>>(), _domain.Get<ILiveEvents>(), _clock);
        Assert.False((await elsewhere.GetRepoAsync("PyGithub", "PyGithub"))!.HasData);

        await _domain.Get<GitHubSync>().RefreshRepoAsync("pygithub/pygithub");

        await Patience.UntilAsync(async () => (await elsewhere.GetRepoAsync("PyGithub", "PyGithub"))!.HasData, "the other server kept the snapshot from before the refresh");
    }

    [Fact]
    public async Task A_kept_snapshot_is_read_again_once_it_is_older_than_the_bound()
    {
        await _domain.Get<GitHubSync>().RefreshRepoAsync("pygithub/pygithub");
        await LiveProbe.DeliveredSoFarAsync(_domain.Get<ILiveEvents>());
        Assert.Equal(7701, (await Reads.GetRepoAsync("PyGithub", "PyGithub"))!.Stars);
        // Written straight to the database, as no service does: nothing announces it.
        await using (var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync())
        {
            await db.GitHubRepos.Where(r => r.Key == "pygithub/pygithub").ExecuteUpdateAsync(r => r.SetProperty(s => s.Stars, 7800));
        }

        Assert.Equal(7701, (await Reads.GetRepoAsync("PyGithub", "PyGithub"))!.Stars);
        _clock.Advance(KeyedReadCache<GitHubRepoView?>.MaxAge + TimeSpan.FromSeconds(1));
        Assert.Equal(7800, (await Reads.GetRepoAsync("PyGithub", "PyGithub"))!.Stars);
    }
}
