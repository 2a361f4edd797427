using System.Text.Json;
using DevConnect.Domain.GitHub;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.GitHub;

/// <summary>Octokit against a fake GitHub API on loopback serving real recorded responses.</summary>
public sealed class GitHubSyncTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private FakeGitHub _github = default!;
    private DomainHarness _domain = default!;

    private GitHubSync Sync => _domain.Get<GitHubSync>();

    private GitHubRefreshQueue Queue => _domain.Get<GitHubRefreshQueue>();

    private GitHubReads Reads => _domain.Get<GitHubReads>();

    public async ValueTask InitializeAsync()
    {
        _github = await FakeGitHub.StartAsync();
        _domain = await StartDomainAsync(_github.BaseAddress);
    }

    public async ValueTask DisposeAsync()
    {
        await _domain.DisposeAsync();
        await _github.DisposeAsync();
    }

    private Task<DomainHarness> StartDomainAsync(Uri api, string timeout = "00:00:05") =>
        DomainHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["GitHub:ApiBaseUrl"] = api.ToString(),
            ["GitHub:Timeout"] = timeout,
            ["GitHub:Token"] = "test-token-not-a-secret",
        }, clock: _clock);

    private static int IssuesInFixture()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(FakeGitHub.FixturesFolder, "repo-issues-by-label-200-2012", "response.json")));
        return json.RootElement.EnumerateArray().Count(i => !i.TryGetProperty("pull_request", out _));
    }

    [Fact]
    public async Task A_repository_is_stored_with_stars_topics_license_languages_and_issue_counts()
    {
        _github.ServeRepository("PyGithub/PyGithub", "repo-get-200-public-2026");
        await Queue.RequestRefreshAsync("PyGithub", "PyGithub");

        var outcome = await Sync.RefreshRepoAsync("pygithub/pygithub");

        Assert.Equal(RefreshOutcome.Updated, outcome);
        var repo = (await Reads.GetRepoAsync("PyGithub", "PyGithub"))!;
        Assert.Equal((7701, 1874, 110), (repo.Stars, repo.Forks, repo.Watchers));
        Assert.Contains("python", repo.Topics);
        Assert.Equal("LGPL-3.0", repo.License);
        Assert.Equal("https://pygithub.readthedocs.io/", repo.Homepage);
        Assert.Equal(new DateTime(2026, 4, 14, 7, 25, 38, DateTimeKind.Utc), repo.PushedAtUtc);
        Assert.Equal(["Python", "Shell"], repo.Languages.Select(l => l.Name));
        Assert.Equal(127266.0 / (127266 + 673) * 100, repo.Languages[0].Percent, precision: 6);
        Assert.Equal("python", repo.Languages[0].Tag);
        Assert.Equal(IssuesInFixture(), repo.GoodFirstIssues);
        Assert.Equal("Token test-token-not-a-secret", _github.Requests.First().Authorization);
        Assert.All(_github.Requests, r => Assert.StartsWith("/repos/PyGithub/PyGithub", r.PathAndQuery, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_language_list_is_fine()
    {
        _github.ServeRepository("akfish/PyGithub", "repo-get-200-etag-2013", "repo-languages-200-empty-2018");

        Assert.Equal(RefreshOutcome.Updated, await Sync.RefreshRepoAsync("akfish/pygithub"));

        Assert.Empty((await Reads.GetRepoAsync("akfish", "PyGithub"))!.Languages);
    }

    [Fact]
    public async Task An_unchanged_repository_is_asked_with_its_ETag_and_nothing_changes()
    {
        _github.ServeRepository("AndrewJDawes/PyGithub", "repo-get-200-etag-2023");
        await Queue.RequestRefreshAsync("AndrewJDawes", "PyGithub");
        await Sync.RefreshRepoAsync("andrewjdawes/pygithub");
        var first = (await Reads.GetRepoAsync("AndrewJDawes", "PyGithub"))!;
        var firstTag = _github.Requests.First().IfNoneMatch;
        _github.ClearRequests();
        _github.Serve("/repos/AndrewJDawes/PyGithub", "repo-get-304-not-modified-2023");

        _clock.Advance(TimeSpan.FromHours(7));
        await Sync.RefreshDueAsync(10);

        var conditional = Assert.Single(_github.Requests, r => r.PathAndQuery == "/repos/AndrewJDawes/PyGithub");
        Assert.Null(firstTag);
        Assert.Contains("68ec45d7", conditional.IfNoneMatch, StringComparison.Ordinal);
        var second = (await Reads.GetRepoAsync("AndrewJDawes", "PyGithub"))!;
        Assert.Equal((first.Description, first.Stars, first.License, first.PushedAtUtc), (second.Description, second.Stars, second.License, second.PushedAtUtc));
        Assert.Equal(first.Topics, second.Topics);
        Assert.Equal(first.Languages, second.Languages);
        Assert.True(second.FetchedAtUtc > first.FetchedAtUtc);
    }

    [Fact]
    public async Task A_changed_ETag_brings_the_new_data_in()
    {
        _github.ServeRepository("akfish/PyGithub", "repo-get-200-etag-2013");
        await Queue.RequestRefreshAsync("akfish", "PyGithub");
        await Sync.RefreshRepoAsync("akfish/pygithub");
        _github.Serve("/repos/akfish/PyGithub", "repo-get-200-etag-changed-2013");

        await Sync.RefreshRepoAsync("akfish/pygithub");

        Assert.Equal("Python library implementing the full Github API v3 - AKFish Fork", (await Reads.GetRepoAsync("akfish", "PyGithub"))!.Description);
        Assert.Contains(_github.Requests, r => r.PathAndQuery == "/repos/akfish/PyGithub" && r.IfNoneMatch is not null);
    }

    [Fact]
    public async Task A_renamed_repository_is_followed_and_its_new_name_stored()
    {
        const string oldName = "octokit-fixture-org/tmp-scenario-rename-repository-20220719044033126-ukeod";
        _github.Serve($"/repos/{oldName}", "repo-get-301-renamed-2022")
            .Serve("/repositories/515436299", "repo-get-200-octokit-fixture-org-2022")
            .Serve("/repos/octokit-fixture-org/hello-world/languages", "repo-languages-200-empty-2018");

        var outcome = await Sync.RefreshRepoAsync(oldName);

        Assert.Equal(RefreshOutcome.Updated, outcome);
        var repo = (await Reads.GetRepoAsync("octokit-fixture-org", "tmp-scenario-rename-repository-20220719044033126-ukeod"))!;
        Assert.Equal("octokit-fixture-org/hello-world", repo.FullName);
        Assert.True(repo.WasRenamed);
    }

    [Fact]
    public async Task A_missing_repository_is_marked_not_found()
    {
        _github.Serve("/repos/jacquev6/Xxx", "repo-get-404-2012");

        Assert.Equal(RefreshOutcome.NotFound, await Sync.RefreshRepoAsync("jacquev6/xxx"));

        Assert.True((await Reads.GetRepoAsync("jacquev6", "Xxx"))!.NotFound);
    }

    [Fact]
    public async Task After_the_primary_rate_limit_no_call_is_made_before_the_reset()
    {
        _github.Serve("/repos/jacquev6/PyGithub", "rate-limit-403-primary-exceeded-2013");
        await Queue.RequestRefreshAsync("jacquev6", "PyGithub");

        Assert.Equal(RefreshOutcome.Paused, await Sync.RefreshRepoAsync("jacquev6/pygithub"));
        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(RefreshOutcome.Paused, await Sync.RefreshRepoAsync("jacquev6/pygithub"));
        Assert.Equal(0, await Sync.RefreshDueAsync(10));

        Assert.Equal(1, _github.CountRequests("/repos/jacquev6/PyGithub"));
        Assert.Equal(GitHubErrors.RateLimited, (await Reads.GetRepoAsync("jacquev6", "PyGithub"))!.LastError);
        _clock.Advance(TimeSpan.FromMinutes(2));
        await Sync.RefreshRepoAsync("jacquev6/pygithub");
        Assert.Equal(2, _github.CountRequests("/repos/jacquev6/PyGithub"));
    }

    [Fact]
    public async Task A_secondary_limit_is_respected_for_its_Retry_After()
    {
        _github.Serve("/repos/octo/busy", "rate-limit-403-secondary-abuse-2018");

        Assert.Equal(RefreshOutcome.Paused, await Sync.RefreshRepoAsync("octo/busy"));
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(RefreshOutcome.Paused, await Sync.RefreshRepoAsync("octo/busy"));
        Assert.Equal(1, _github.CountRequests("/repos/octo/busy"));

        _clock.Advance(TimeSpan.FromSeconds(2));
        await Sync.RefreshRepoAsync("octo/busy");
        Assert.Equal(2, _github.CountRequests("/repos/octo/busy"));
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_the_last_snapshot_is_kept()
    {
        await using var domain = await StartDomainAsync(_github.BaseAddress, timeout: "00:00:01");
        var sync = domain.Get<GitHubSync>();
        _github.ServeRepository("PyGithub/PyGithub", "repo-get-200-public-2026");
        await domain.Get<GitHubRefreshQueue>().RequestRefreshAsync("PyGithub", "PyGithub");
        await sync.RefreshRepoAsync("pygithub/pygithub");
        _github.Delay = TimeSpan.FromSeconds(3);

        var outcome = await sync.RefreshRepoAsync("pygithub/pygithub");

        Assert.Equal(RefreshOutcome.Failed, outcome);
        var repo = (await domain.Get<GitHubReads>().GetRepoAsync("PyGithub", "PyGithub"))!;
        Assert.Equal(7701, repo.Stars);
        Assert.Equal(GitHubErrors.Timeout, repo.LastError);
    }

    [Fact]
    public async Task A_refused_connection_is_an_error_with_back_off_not_a_crash()
    {
        await using var domain = await StartDomainAsync(new Uri("http://127.0.0.1:9/"));
        var sync = domain.Get<GitHubSync>();
        await domain.Get<GitHubRefreshQueue>().RequestRefreshAsync("someone", "something");

        Assert.Equal(RefreshOutcome.Failed, await sync.RefreshRepoAsync("someone/something"));
        Assert.Equal(RefreshOutcome.Failed, await sync.RefreshRepoAsync("someone/something"));

        var repo = (await domain.Get<GitHubReads>().GetRepoAsync("someone", "something"))!;
        Assert.Equal(GitHubErrors.Unreachable, repo.LastError);
        Assert.False(repo.HasData);
        Assert.Equal(0, await sync.RefreshDueAsync(10));
    }

    [Fact]
    public async Task Refreshing_unchanged_repositories_costs_only_conditional_requests()
    {
        // Five real recorded repositories; those with open issues also get two label counts.
        (string Name, string Fixture, bool HasOpenIssues)[] repos =
        [
            ("PyGithub/PyGithub", "repo-get-200-public-2026", true),
            ("github/linguist", "repo-get-200-topics-linguist-2017", true),
            ("AndrewJDawes/PyGithub", "repo-get-200-etag-2023", false),
            ("akfish/PyGithub", "repo-get-200-etag-2013", false),
            ("octokit-fixture-org/hello-world", "repo-get-200-octokit-fixture-org-2022", false),
        ];
        foreach (var (name, fixture, _) in repos)
        {
            _github.ServeRepository(name, fixture);
            await Queue.RequestRefreshAsync(name.Split('/')[0], name.Split('/')[1]);
        }

        Assert.Equal(repos.Length, await Sync.RefreshDueAsync(100));
        _github.ClearRequests();
        _clock.Advance(TimeSpan.FromHours(7));

        Assert.Equal(repos.Length, await Sync.RefreshDueAsync(100));

        var expected = repos.Sum(r => r.HasOpenIssues ? 4 : 2);
        TestContext.Current.SendDiagnosticMessage(
            $"refresh of {repos.Length} unchanged repositories: {_github.Requests.Count} requests, {_github.Requests.Count(r => r.IfNoneMatch is not null)} of them conditional (answered 304)");
        Assert.Equal(expected, _github.Requests.Count);
        Assert.All(_github.Requests, r => Assert.NotNull(r.IfNoneMatch));
    }

    [Fact]
    public async Task A_members_GitHub_account_brings_their_avatar_and_most_starred_repositories()
    {
        _github.Serve("/users/jacquev6", "user-get-200-2025").Serve("/users/jacquev6/repos", "user-repos-200-2020");
        await Queue.RequestUserRefreshAsync("jacquev6");

        Assert.Equal(RefreshOutcome.Updated, await Sync.RefreshUserAsync("jacquev6"));

        var user = (await Reads.GetUserAsync("JacqueV6"))!;
        using var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(FakeGitHub.FixturesFolder, "user-repos-200-2020", "response.json")));
        var expected = recorded.RootElement.EnumerateArray()
            .Where(r => !r.GetProperty("fork").GetBoolean())
            .OrderByDescending(r => r.GetProperty("stargazers_count").GetInt32())
            .Take(6).Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.StartsWith("https://avatars", user.AvatarUrl, StringComparison.Ordinal);
        Assert.Equal(expected, user.TopRepos.Select(r => r.Name));
        Assert.True(user.TopRepos.Count <= 6);
    }

    [Fact]
    public async Task An_unknown_GitHub_login_is_marked_not_found()
    {
        _github.Serve("/users/ThisUserShouldReallyNotExist", "user-get-404-2012");

        Assert.Equal(RefreshOutcome.NotFound, await Sync.RefreshUserAsync("ThisUserShouldReallyNotExist"));

        Assert.True((await Reads.GetUserAsync("thisusershouldreallynotexist"))!.NotFound);
    }
}
