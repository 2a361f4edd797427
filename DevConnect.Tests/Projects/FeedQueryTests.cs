using DevConnect.Domain.GitHub;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Projects;

/// <summary>
/// The feed's sort by stars, its totals (exact, or estimated above a threshold) and its query plans, over a real
/// SQLite file. GitHub snapshots are written directly, as the worker would have stored them.
/// </summary>
public sealed class FeedQueryTests
{
    private static readonly DateTime Now = DateTime.UtcNow;

    // One owner posts every project of a test's feed: the hourly posting limit (Safety/MemberLimitsTests) is not what these test.
    private static Task<DomainHarness> StartAsync(params (string Key, string Value)[] settings) =>
        DomainHarness.StartAsync(settings: settings.Append((Key: "Limits:NewAccount:ProjectsPerHour", Value: "100")).Append((Key: "Limits:Established:ProjectsPerHour", Value: "100"))
            .ToDictionary(s => s.Key, s => (string?)s.Value));

    private static async Task StoreSnapshotAsync(DomainHarness domain, string repository, int stars, DateTime pushedAtUtc, bool archived = false, params string[] languages)
    {
        await using var db = await domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        db.GitHubRepos.Add(new GitHubRepoSnapshot
        {
            Key = GitHubKeys.KeyOf(repository.Split('/')[0], repository.Split('/')[1]), FullName = repository, Stars = stars, Archived = archived,
            PushedAtUtc = pushedAtUtc, FetchedAtUtc = Now.AddHours(-1), NextRefreshAtUtc = Now.AddHours(5),
            Languages = languages.Select(l => new GitHubRepoLanguage { Name = l, Tag = Tags.Normalize(l)!.Key, Bytes = 1_000 }).ToList(),
        });
        await db.SaveChangesAsync();
    }

    private static async Task PostAsync(DomainHarness domain, string owner, string name, string description, string[] tags, string? repository = null, ProjectStatus status = ProjectStatus.Recruiting)
    {
        var result = await domain.Get<ProjectService>().CreateAsync(owner, new ProjectDraft
        {
            Name = name, Summary = $"{name} in one line", Description = description, Tags = tags, Status = status,
            GitHubUrl = repository is null ? null : $"https://github.com/{repository}",
        });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
    }

    [Fact]
    public async Task A_stars_sorted_feed_puts_the_most_starred_repository_first_and_projects_without_one_last()
    {
        await using var domain = await StartAsync();
        var owner = await domain.CreateMemberAsync("Star Gazer");
        await StoreSnapshotAsync(domain, "sea/small", stars: 12, Now.AddDays(-3));
        await StoreSnapshotAsync(domain, "sea/big", stars: 4_200, Now.AddDays(-3));
        await PostAsync(domain, owner, "No repository", "Nothing linked.", ["go"]);
        await PostAsync(domain, owner, "Small repository", "Few stars.", ["go"], "sea/small");
        await PostAsync(domain, owner, "Big repository", "Many stars.", ["go"], "Sea/Big");

        var page = await domain.Get<ProjectService>().SearchAsync(new ProjectQuery { Sort = ProjectSort.Stars });

        Assert.Equal(["Big repository", "Small repository", "No repository"], page.Items.Select(p => p.Name));
        Assert.Equal([4_200, 12, (int?)null], page.Items.Select(p => p.Stars));
    }

    [Fact]
    public async Task Above_the_threshold_the_total_is_reported_as_an_estimate_and_up_to_it_as_exact()
    {
        await using var domain = await StartAsync(("Feed:ExactTotalUpTo", "2"));
        var owner = await domain.CreateMemberAsync("Counted Owner");
        await PostAsync(domain, owner, "Rust one", "A crab.", ["rust"]);
        await PostAsync(domain, owner, "Rust two", "Another crab.", ["rust"]);
        await PostAsync(domain, owner, "Rust and Go", "Crab and gopher.", ["rust", "go"], status: ProjectStatus.Idea);
        var feed = domain.Get<ProjectService>();

        var everything = await feed.SearchAsync(new ProjectQuery());
        var rust = await feed.SearchAsync(new ProjectQuery { Languages = ["rust"] });
        var go = await feed.SearchAsync(new ProjectQuery { Languages = ["go"] });
        var recruiting = await feed.SearchAsync(new ProjectQuery { Statuses = [ProjectStatus.Recruiting] });

        Assert.Equal((3, true), (everything.Total, everything.TotalIsEstimate));
        Assert.Equal((3, true), (rust.Total, rust.TotalIsEstimate));
        Assert.Equal((1, false), (go.Total, go.TotalIsEstimate));
        Assert.Equal((2, false), (recruiting.Total, recruiting.TotalIsEstimate));
    }

    [Fact]
    public async Task A_word_an_edit_brings_is_found_by_the_next_search_even_when_searches_are_probed_word_by_word()
    {
        // Thresholds at zero: every text search is tested per project with its words written out (the large-set plan).
        await using var domain = await StartAsync(("Feed:DriveFromSetsUpTo", "0"), ("Feed:ListSetsUpTo", "0"));
        var owner = await domain.CreateMemberAsync("Word Owner");
        await PostAsync(domain, owner, "Gamma rays", "Physics for fun.", ["python"]);
        await PostAsync(domain, owner, "Quiet corner", "Nothing to see.", ["python"]);
        var feed = domain.Get<ProjectService>();
        var before = await feed.SearchAsync(new ProjectQuery { Text = "gam" });
        var quiet = (await feed.SearchAsync(new ProjectQuery { Text = "quiet" })).Items.Single();

        var version = (await feed.GetAsync(quiet.Id))!.Version;
        await feed.UpdateAsync(owner, quiet.Id, version, new ProjectDraft { Name = "Quiet corner", Summary = "For gamers now", Tags = ["python"] });
        var after = await feed.SearchAsync(new ProjectQuery { Text = "gam" });

        Assert.Equal(["Gamma rays"], before.Items.Select(p => p.Name));
        Assert.Equal(["Quiet corner", "Gamma rays"], after.Items.Select(p => p.Name));
    }

    [Fact]
    public async Task After_a_change_viewers_get_the_counts_already_known_at_once_while_one_recount_runs()
    {
        await using var domain = await StartAsync();
        var cache = domain.Get<LanguageCountCache>();
        await cache.GetAsync("recruiting", () => Task.FromResult(new FilterCounts(1, [("rust", 1)])));
        var recount = new TaskCompletionSource<FilterCounts>();
        var recounts = 0;
        Task<FilterCounts> Recount()
        {
            recounts++;
            return recount.Task;
        }

        domain.Get<ProjectChangeVersion>().Advance();
        var duringFirst = await cache.GetAsync("recruiting", Recount);
        var duringSecond = await cache.GetAsync("recruiting", Recount);
        recount.SetResult(new FilterCounts(2, [("rust", 2)]));
        var after = await cache.GetAsync("recruiting", () => throw new InvalidOperationException("no third count"));

        Assert.Equal((1, 1, 2), (duringFirst.Projects, duringSecond.Projects, after.Projects));
        Assert.Equal(1, recounts);
    }

    [Fact]
    public async Task A_feed_read_while_its_language_counts_are_recounted_counts_the_new_language_once_the_recount_ends()
    {
        await using var domain = await StartAsync();
        var owner = await domain.CreateMemberAsync("Count Owner");
        await PostAsync(domain, owner, "Rusty gate", "A gate in Rust.", ["rust"]);
        var feed = domain.Get<SharedProjectReads>();
        var ocaml = new ProjectQuery { Languages = ["ocaml"] };
        var before = await feed.SearchAsync(ocaml);

        // What an open feed does on the live event: read the page at once, and again when the page's recount ends
        // (on SQLite the count ends within the read itself).
        await PostAsync(domain, owner, "Harbour Watch", "Ships in OCaml.", ["ocaml"]);
        var during = await feed.SearchAsync(ocaml);
        if (during.Recount is { } recount)
        {
            await recount;
        }

        var after = await feed.SearchAsync(ocaml);

        Assert.DoesNotContain(before.Languages, l => l.Tag.Key == "ocaml");
        Assert.Equal(["Harbour Watch"], during.Items.Select(p => p.Name));
        Assert.Equal(1, after.Languages.Single(l => l.Tag.Key == "ocaml").Count);
    }

    // Open feeds re-read their page on a live event; a recount that ends within the grace reaches them in that same read,
    // so each renders once. The grace here is generous: a busy machine must not turn it into the slow path.
    [Fact]
    public async Task A_feed_read_right_after_a_change_already_counts_the_new_language_when_the_recount_ends_within_the_grace()
    {
        await using var domain = await StartAsync(("Feed:RecountGraceMilliseconds", "1000"));
        var owner = await domain.CreateMemberAsync("Count Owner");
        await PostAsync(domain, owner, "Rusty gate", "A gate in Rust.", ["rust"]);
        var feed = domain.Get<SharedProjectReads>();
        var everything = new ProjectQuery();
        await feed.SearchAsync(everything);

        await PostAsync(domain, owner, "Harbour Watch", "Ships in OCaml.", ["ocaml"]);
        var page = await feed.SearchAsync(everything);

        Assert.Null(page.Recount);
        Assert.Equal(1, page.Languages.Single(l => l.Tag.Key == "ocaml").Count);
        Assert.Equal("Harbour Watch", page.Items[0].Name);
    }

    [Theory]
    [InlineData(42, 42)]
    [InlineData(1_001, 1_000)]
    [InlineData(3_542, 3_500)]
    [InlineData(59_605, 60_000)]
    [InlineData(83_372, 83_000)]
    public void An_estimated_total_is_rounded_to_two_significant_digits(int estimate, int shown) =>
        Assert.Equal(shown, FeedFilters.RoundForDisplay(estimate));

    // On PostgreSQL a search whose matches with the other filters are few is listed first; the words alone may match
    // more than may be listed, and none of those may be lost.
    [Fact]
    public async Task A_search_narrowed_by_other_filters_finds_its_match_even_when_the_word_alone_matches_more_than_are_listed()
    {
        await using var domain = await StartAsync(("Feed:DriveFromSetsUpTo", "2"), ("Feed:ListSetsUpTo", "2"));
        var owner = await domain.CreateMemberAsync("Many Zebras");
        foreach (var name in new[] { "Zebra one", "Zebra two", "Zebra three" })
        {
            await PostAsync(domain, owner, name, "Zebras everywhere.", ["go"]);
        }

        await PostAsync(domain, owner, "Zebra idea", "A zebra still an idea.", ["go"], status: ProjectStatus.Idea);

        var page = await domain.Get<ProjectService>().SearchAsync(new ProjectQuery { Text = "zebra", Statuses = [ProjectStatus.Idea] });

        Assert.Equal(["Zebra idea"], page.Items.Select(p => p.Name));
    }

    // Walk the sort index testing every entry; walk it looking entries up in listed sets; start from the sets. On
    // PostgreSQL: languages hashed or probed, text listed first or not.
    [Theory]
    [InlineData("0", "0", "0")]
    [InlineData("0", "0", "1000")]
    [InlineData("0", "1000", "0")]
    [InlineData("1000", "1000", "1000")]
    public async Task Every_way_of_running_a_feed_query_finds_the_same_projects_in_the_same_order(string driveUpTo, string listUpTo, string probeWalkUpTo)
    {
        await using var domain = await StartAsync(
            ("Feed:DriveFromSetsUpTo", driveUpTo), ("Feed:ListSetsUpTo", listUpTo), ("Feed:ProbeLanguagesWalkUpTo", probeWalkUpTo));
        var owner = await domain.CreateMemberAsync("Plan Owner");
        await StoreSnapshotAsync(domain, "zoo/python-only", stars: 50, Now.AddDays(-2), languages: ["Python"]);
        await StoreSnapshotAsync(domain, "zoo/archived", stars: 900, Now.AddDays(-2), archived: true);
        await StoreSnapshotAsync(domain, "zoo/asleep", stars: 300, Now.AddYears(-2));
        await PostAsync(domain, owner, "Zebra crossing", "Counts zebras at crossings.", ["rust"], "zoo/python-only");
        await PostAsync(domain, owner, "Archived zebra", "A zebra museum, closed.", ["rust"], "zoo/archived");
        await PostAsync(domain, owner, "Sleepy lion", "Lions sleep a lot.", ["go"], "zoo/asleep");
        await PostAsync(domain, owner, "Gopher zebras", "Zebras written in Go.", ["go"], status: ProjectStatus.Idea);
        await PostAsync(domain, owner, "Plain cat", "Just a cat.", ["python"]);
        var feed = domain.Get<ProjectService>();

        async Task<string[]> Names(ProjectQuery query) => (await feed.SearchAsync(query)).Items.Select(p => p.Name).ToArray();

        Assert.Equal(["Plain cat", "Zebra crossing"], await Names(new ProjectQuery { Languages = ["python"] }));
        Assert.Equal(["Gopher zebras", "Archived zebra", "Zebra crossing"], await Names(new ProjectQuery { Text = "zebra" }));
        Assert.Equal(["Gopher zebras"], await Names(new ProjectQuery { Text = "zebra", Languages = ["go"] }));
        Assert.Equal(["Zebra crossing"], await Names(new ProjectQuery { Text = "ZEBRAS crossing", Languages = ["python", "rust"], HideInactive = true }));
        Assert.Equal(["Archived zebra", "Sleepy lion", "Zebra crossing", "Plain cat"], await Names(new ProjectQuery { Sort = ProjectSort.Stars, Statuses = [ProjectStatus.Recruiting], Text = "a" }));
        Assert.Equal(["Plain cat", "Gopher zebras", "Zebra crossing"], await Names(new ProjectQuery { HideInactive = true }));
        Assert.Empty(await Names(new ProjectQuery { Text = "unicorn" }));
    }
}
