using DevConnect.Domain.Applications;
using DevConnect.Domain.Matching;
using DevConnect.Domain.Moderation;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;
using DevConnect.Tests.Moderation;

namespace DevConnect.Tests.Matching;

/// <summary>A member's suggestions over a real database: ranked, explained, and only projects they may still join.</summary>
public sealed class MatchingServiceTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private string _owner = "";

    private MatchingService Matching => _domain.Get<MatchingService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        _owner = await MatchingSetup.MemberAsync(_domain, "Olga Owner", d => d with { OpenToMentoring = true, TimeZone = "Europe/Berlin", Level = ExperienceLevel.Senior });
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task A_junior_gets_the_junior_friendly_project_in_their_language_first_with_its_reasons()
    {
        var me = await MatchingSetup.MemberAsync(_domain, "Jun Rustacean", MatchingSetup.RustJunior);
        var fitting = await MatchingSetup.ProjectAsync(_domain, _owner, "Ferris Garden", ["rust"], juniorFriendly: true, roles: ["backend"]);
        var seniorOnly = await MatchingSetup.ProjectAsync(_domain, _owner, "Kernel Forge", ["rust"]);
        var unrelated = await MatchingSetup.ProjectAsync(_domain, _owner, "Ledger Mainframe", ["cobol"]);

        var view = await Matching.ForYouAsync(me);

        Assert.Equal([fitting, seniorOnly], view.Items.Select(i => i.Card.Id));
        Assert.DoesNotContain(view.Items, i => i.Card.Id == unrelated);
        Assert.Equal("You know Rust · junior-friendly backend role · the owner offers mentoring", MatchReasonText.Line(view.Items[0].Match));
        Assert.False(view.Gaps.Any);
    }

    [Fact]
    public async Task Projects_the_member_owns_joined_applied_to_or_dismissed_are_left_out()
    {
        var me = await MatchingSetup.MemberAsync(_domain, "Jun Careful", MatchingSetup.RustJunior);
        var own = await MatchingSetup.ProjectAsync(_domain, me, "My Own Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);
        var applied = await MatchingSetup.ProjectAsync(_domain, _owner, "Applied Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);
        var dismissed = await MatchingSetup.ProjectAsync(_domain, _owner, "Dismissed Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);
        var left = await MatchingSetup.ProjectAsync(_domain, _owner, "Remaining Crate", ["rust"], juniorFriendly: true, roles: ["backend"]);
        var application = await _domain.Get<ApplicationService>().ApplyAsync(me, applied, "backend", "I would love to help with the backend in Rust.");
        Assert.True(application.Succeeded);

        var dismissal = await Matching.DismissAsync(me, dismissed);
        await Matching.DismissAsync(me, dismissed);

        Assert.True(dismissal.Succeeded);
        Assert.Equal([left], (await Matching.ForYouAsync(me)).Items.Select(i => i.Card.Id));
        Assert.DoesNotContain(own, (await Matching.RankAsync(me)).Select(r => r.ProjectId));
    }

    [Fact]
    public async Task Hidden_projects_and_owners_on_either_side_of_a_block_are_never_suggested()
    {
        var me = await MatchingSetup.MemberAsync(_domain, "Jun Guarded", MatchingSetup.RustJunior);
        var moderator = await ModerationSetup.ModeratorAsync(_domain);
        var blocker = await _domain.CreateMemberAsync("Bea Blocker");
        var hidden = await MatchingSetup.ProjectAsync(_domain, _owner, "Hidden Crate", ["rust"], juniorFriendly: true);
        await MatchingSetup.ProjectAsync(_domain, blocker, "Blocker Crate", ["rust"], juniorFriendly: true);
        var visible = await MatchingSetup.ProjectAsync(_domain, _owner, "Visible Crate", ["rust"], juniorFriendly: true);
        Assert.True((await _domain.Get<ModerationService>().HideAsync(moderator, ReportedItemKind.Project, ModerationSetup.Id(hidden), "Spam")).Succeeded);
        await _domain.Get<BlockService>().BlockAsync(blocker, me);

        var suggested = (await Matching.ForYouAsync(me)).Items.Select(i => i.Card.Id);

        Assert.Equal([visible], suggested);
    }

    [Fact]
    public async Task A_member_with_an_empty_profile_is_told_which_three_fields_would_improve_their_matches()
    {
        var me = await _domain.CreateMemberAsync("Blank Slate");
        await MatchingSetup.ProjectAsync(_domain, _owner, "Open Door", ["python"], juniorFriendly: true);

        var view = await Matching.ForYouAsync(me);

        Assert.Equal(new ProfileGaps(Skills: true, WantsToLearn: true, TimeZone: true), view.Gaps);
        Assert.Single(view.Items);
    }

    [Fact]
    public async Task Wants_to_learn_is_saved_with_the_profile_and_bad_entries_are_refused_at_the_field()
    {
        var me = await MatchingSetup.MemberAsync(_domain, "Lea Learner", d => d with { WantsToLearn = ["golang", "Rust", "go"] });
        var editing = _domain.Get<ProfileEditService>();
        var (draft, version, current) = (await editing.GetDraftAsync(me))!.Value;

        var tooMany = await editing.UpdateAsync(me, current.Handle, version, draft with { WantsToLearn = Enumerable.Range(0, 11).Select(i => $"tech{i}").ToList() });

        Assert.Equal(["Go", "Rust"], draft.WantsToLearn);
        Assert.Equal(["Go", "Rust"], current.WantsToLearn);
        Assert.Equal("WantsToLearn", Assert.Single(tooMany.Errors).Field);
    }

    [Fact]
    public async Task Dismissing_a_project_that_does_not_exist_says_so()
    {
        var me = await _domain.CreateMemberAsync("Curious Clicker");

        var result = await Matching.DismissAsync(me, 424242);

        Assert.Equal("This project no longer exists.", Assert.Single(result.Errors).Message);
    }
}
