using DevConnect.Domain.Matching;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Matching;

/// <summary>
/// Members' suggestions share what is the same for everyone (candidate projects and their facts), and never a read from
/// before a project changed; what is the member's own (dismissals, applications) is theirs and takes effect at once.
/// </summary>
public sealed class SharedMatchReadsTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private string _owner = "";

    private MatchingService Matching => _domain.Get<MatchingService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        _owner = await MatchingSetup.MemberAsync(_domain, "Shared Owner", d => d with { OpenToMentoring = true, Level = ExperienceLevel.Senior });
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task Two_members_suggestions_are_scored_from_one_read_of_the_projects()
    {
        var project = await MatchingSetup.ProjectAsync(_domain, _owner, "Ferris Garden", ["rust"], juniorFriendly: true, roles: ["backend"]);
        var first = await MatchingSetup.MemberAsync(_domain, "Jun First", MatchingSetup.RustJunior);
        var second = await MatchingSetup.MemberAsync(_domain, "Jun Second", MatchingSetup.RustJunior);
        var shared = _domain.Get<SharedMatchReads>();

        Assert.Equal([project], (await Matching.ForYouAsync(first)).Items.Select(i => i.Card.Id));
        Assert.Equal([project], (await Matching.ForYouAsync(second)).Items.Select(i => i.Card.Id));

        // The facts both members were scored on are one object, read once.
        await using var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        Assert.Same(Assert.Single(await shared.FactsAsync(db, [project], default)), Assert.Single(await shared.FactsAsync(db, [project], default)));
        Assert.Same(await shared.TaggedAsync(db, "rust", default), await shared.TaggedAsync(db, "rust", default));
    }

    [Fact]
    public async Task A_project_published_after_a_shared_read_is_suggested_at_once()
    {
        var member = await MatchingSetup.MemberAsync(_domain, "Jun Waiting", MatchingSetup.RustJunior);
        var first = await MatchingSetup.ProjectAsync(_domain, _owner, "First Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);
        Assert.Equal([first], (await Matching.ForYouAsync(member)).Items.Select(i => i.Card.Id));

        var second = await MatchingSetup.ProjectAsync(_domain, _owner, "Second Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);

        Assert.Equal([second, first], (await Matching.ForYouAsync(member)).Items.Select(i => i.Card.Id));
    }

    [Fact]
    public async Task A_project_completed_after_a_shared_read_leaves_everyones_suggestions_at_once()
    {
        var member = await MatchingSetup.MemberAsync(_domain, "Jun Watching", MatchingSetup.RustJunior);
        var id = await MatchingSetup.ProjectAsync(_domain, _owner, "Finishing Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);
        Assert.Equal([id], (await Matching.ForYouAsync(member)).Items.Select(i => i.Card.Id));
        var project = (await _domain.Get<ProjectService>().GetAsync(id))!;

        var updated = await _domain.Get<ProjectService>().UpdateAsync(_owner, id, project.Version, new ProjectDraft
        {
            Name = project.Name, Summary = project.Summary, Status = ProjectStatus.Completed, Tags = ["rust"],
        });

        Assert.True(updated.Succeeded, string.Join(", ", updated.Errors.Select(e => e.Message)));
        Assert.Empty((await Matching.ForYouAsync(member)).Items);
    }

    [Fact]
    public async Task A_dismissal_changes_only_that_members_suggestions_while_the_shared_reads_stay()
    {
        var id = await MatchingSetup.ProjectAsync(_domain, _owner, "Popular Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);
        var dismissing = await MatchingSetup.MemberAsync(_domain, "Jun Dismissing", MatchingSetup.RustJunior);
        var other = await MatchingSetup.MemberAsync(_domain, "Jun Other", MatchingSetup.RustJunior);
        Assert.Single((await Matching.ForYouAsync(dismissing)).Items);

        Assert.True((await Matching.DismissAsync(dismissing, id)).Succeeded);

        Assert.Empty((await Matching.ForYouAsync(dismissing)).Items);
        Assert.Equal([id], (await Matching.ForYouAsync(other)).Items.Select(i => i.Card.Id));
    }
}
