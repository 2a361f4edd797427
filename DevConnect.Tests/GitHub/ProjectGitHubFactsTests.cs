using DevConnect.Domain.GitHub;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.GitHub;

/// <summary>
/// The stars and the "may be inactive" date the feed sorts and filters by live on the project row; these tests show
/// they follow the repository's snapshot, through the fake GitHub API serving recorded responses.
/// </summary>
public sealed class ProjectGitHubFactsTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private FakeGitHub _github = default!;
    private DomainHarness _domain = default!;

    private GitHubSync Sync => _domain.Get<GitHubSync>();

    private GitHubRefreshQueue Queue => _domain.Get<GitHubRefreshQueue>();

    private ProjectService Projects => _domain.Get<ProjectService>();

    public async ValueTask InitializeAsync()
    {
        _github = await FakeGitHub.StartAsync();
        _domain = await DomainHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["GitHub:ApiBaseUrl"] = _github.BaseAddress.ToString(),
            ["GitHub:Timeout"] = "00:00:05",
        }, clock: _clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _domain.DisposeAsync();
        await _github.DisposeAsync();
    }

    private async Task<int> LinkAsync(string owner, string name, string repository)
    {
        var result = await Projects.CreateAsync(owner, new ProjectDraft { Name = name, Summary = "Linked to GitHub", Tags = ["python"], GitHubUrl = $"https://github.com/{repository}" });
        Assert.True(result.Succeeded);
        return result.ProjectId!.Value;
    }

    private async Task RefreshQueuedAsync()
    {
        while (Queue.Requested.TryRead(out var key))
        {
            await Sync.RefreshRepoAsync(key);
        }
    }

    private async Task<ProjectCardView> CardAsync(int id) => Assert.Single(await Projects.ListByIdsAsync([id]));

    [Fact]
    public async Task Stars_stored_on_a_project_follow_each_refresh_of_its_repository()
    {
        var owner = await _domain.CreateMemberAsync("Linked Owner");
        _github.ServeRepository("PyGithub/PyGithub", "repo-get-200-public-2026");
        var id = await LinkAsync(owner, "Linked project", "PyGithub/PyGithub");
        var beforeFetch = await CardAsync(id);

        await RefreshQueuedAsync();
        var fetched = await CardAsync(id);
        // The repository now answers with other data (a 2023 copy: no stars, no push since 2023).
        _github.Serve("/repos/PyGithub/PyGithub", "repo-get-200-etag-2023")
            .Serve("/repos/AndrewJDawes/PyGithub/languages", "repo-languages-200-2012")
            .Serve("/repos/AndrewJDawes/PyGithub/issues", "repo-issues-by-label-200-2012");
        await Sync.RefreshRepoAsync("pygithub/pygithub");
        var refreshed = await CardAsync(id);

        Assert.Equal((null, false), (beforeFetch.Stars, beforeFetch.MayBeInactive));
        Assert.Equal((7701, false), (fetched.Stars, fetched.MayBeInactive));
        Assert.Equal((0, true), (refreshed.Stars, refreshed.MayBeInactive));
        Assert.Empty((await Projects.SearchAsync(new ProjectQuery { HideInactive = true })).Items);
    }

    [Fact]
    public async Task A_project_linking_a_repository_already_fetched_shows_its_stars_at_once()
    {
        var owner = await _domain.CreateMemberAsync("Second Owner");
        _github.ServeRepository("PyGithub/PyGithub", "repo-get-200-public-2026");
        await LinkAsync(owner, "First link", "PyGithub/PyGithub");
        await RefreshQueuedAsync();

        var second = await LinkAsync(owner, "Second link", "pygithub/PYGITHUB");

        Assert.Equal(7701, (await CardAsync(second)).Stars);
    }

    [Fact]
    public async Task A_repository_becomes_inactive_a_year_after_its_last_push_even_without_a_refresh()
    {
        var owner = await _domain.CreateMemberAsync("Patient Owner");
        _github.ServeRepository("PyGithub/PyGithub", "repo-get-200-public-2026");
        var id = await LinkAsync(owner, "Quiet project", "PyGithub/PyGithub");
        await RefreshQueuedAsync();
        var shownNow = (await Projects.SearchAsync(new ProjectQuery { HideInactive = true })).Items.Select(p => p.Id);

        // Last push 2026-04-14: a year later it may be inactive, whether or not GitHub was asked again.
        _clock.Advance(TimeSpan.FromDays(160));

        Assert.Equal([id], shownNow);
        Assert.True((await CardAsync(id)).MayBeInactive);
        Assert.Empty((await Projects.SearchAsync(new ProjectQuery { HideInactive = true, Text = "quiet" })).Items);
    }

    [Fact]
    public async Task The_feed_finds_a_project_by_a_language_only_GitHub_reports_and_can_sort_by_stars()
    {
        var owner = await _domain.CreateMemberAsync("Linked Owner");
        _github.ServeRepository("PyGithub/PyGithub", "repo-get-200-public-2026");
        var linked = await Projects.CreateAsync(owner, new ProjectDraft
        {
            Name = "Linked project", Summary = "Declares only Rust", Tags = ["rust"], GitHubUrl = "https://github.com/PyGithub/PyGithub",
        });
        await Projects.CreateAsync(owner, new ProjectDraft { Name = "Unlinked project", Summary = "Also Rust", Tags = ["rust"] });

        var before = await Projects.SearchAsync(new ProjectQuery { Languages = ["python"] });
        await RefreshQueuedAsync();

        var after = await Projects.SearchAsync(new ProjectQuery { Languages = ["python"] });
        var byStars = await Projects.SearchAsync(new ProjectQuery { Sort = ProjectSort.Stars });

        Assert.Equal(0, before.Total);
        Assert.Equal(["Linked project"], after.Items.Select(p => p.Name));
        Assert.Equal(7701, after.Items[0].Stars);
        Assert.Equal(["Linked project", "Unlinked project"], byStars.Items.Select(p => p.Name));
        Assert.True(linked.Succeeded);
    }
}
