using DevConnect.Domain.Moderation;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Moderation;

/// <summary>A new account's links wait for a moderator; approval publishes, rejection hides with a reason.</summary>
public sealed class LinkHoldTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;
    private string _moderator = "";

    private ProjectService Projects => _domain.Get<ProjectService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(clock: _clock);
        _moderator = await ModerationSetup.ModeratorAsync(_domain);
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Theory]
    [InlineData("Visit https://cheap.example for deals", true)]
    [InlineData("See www.cheap.example", true)]
    [InlineData("HTTP://SHOUTING.EXAMPLE", true)]
    [InlineData("A plain description with no address.", false)]
    [InlineData("We use the www service and http caching", false)]
    public void Links_are_found_in_any_case(string text, bool found) => Assert.Equal(found, LinkHold.HasLink(text));

    [Fact]
    public async Task A_new_accounts_project_with_a_link_waits_for_review_until_a_moderator_approves_it()
    {
        var newcomer = await _domain.CreateMemberAsync("Nina Newcomer");
        var saved = await Projects.CreateAsync(newcomer, Draft("Deal Finder", "Find deals at https://deals.example"));

        Assert.True(saved.Succeeded && saved.HeldForReview);
        Assert.Empty((await Projects.SearchAsync(new ProjectQuery())).Items);
        var held = Assert.Single((await _domain.Get<ModerationQueue>().ListAsync(_moderator))!);
        Assert.True(held.HeldForReview);
        Assert.Equal(("Deal Finder", "Nina Newcomer"), (held.Title, held.Author.DisplayName));

        var approved = await _domain.Get<ModerationService>().ApproveAsync(_moderator, ReportedItemKind.Project, ModerationSetup.Id(saved.ProjectId!.Value));

        Assert.True(approved.Succeeded);
        Assert.Equal([saved.ProjectId.Value], (await Projects.SearchAsync(new ProjectQuery())).Items.Select(p => p.Id));
        Assert.Empty((await _domain.Get<ModerationQueue>().ListAsync(_moderator))!);
    }

    [Fact]
    public async Task A_rejected_project_stays_hidden_with_the_reason_for_its_author()
    {
        var newcomer = await _domain.CreateMemberAsync("Nina Newcomer");
        var saved = await Projects.CreateAsync(newcomer, Draft("Deal Finder", "Find deals at https://deals.example"));

        var rejected = await _domain.Get<ModerationService>().RejectAsync(_moderator, ReportedItemKind.Project, ModerationSetup.Id(saved.ProjectId!.Value), "Link to a shop");
        var twice = await _domain.Get<ModerationService>().ApproveAsync(_moderator, ReportedItemKind.Project, ModerationSetup.Id(saved.ProjectId.Value));

        Assert.True(rejected.Succeeded);
        Assert.Equal(ModerationErrors.NotHeld, twice.Error!.Code);
        var state = (await Projects.GetAsync(saved.ProjectId.Value))!.State;
        Assert.Equal((false, "Link to a shop"), (state.HeldForReview, state.HiddenReason));
        Assert.Empty((await Projects.SearchAsync(new ProjectQuery())).Items);
    }

    [Fact]
    public async Task An_established_account_or_a_text_without_links_is_published_at_once()
    {
        var member = await _domain.CreateMemberAsync("Olga Oldtimer");
        var plain = await Projects.CreateAsync(member, Draft("Plain Project", "No address here."));
        _clock.Advance(TimeSpan.FromDays(8));

        var linked = await Projects.CreateAsync(member, Draft("Linked Project", "Docs at https://docs.example"));

        Assert.False(plain.HeldForReview);
        Assert.False(linked.HeldForReview);
        Assert.Equal(2, (await Projects.SearchAsync(new ProjectQuery())).Total);
    }

    [Fact]
    public async Task A_new_accounts_profile_with_a_link_in_its_bio_leaves_the_directory_until_approved()
    {
        var newcomer = await _domain.CreateMemberAsync("Nina Newcomer");
        var edit = _domain.Get<ProfileEditService>();
        var (draft, version, current) = (await edit.GetDraftAsync(newcomer))!.Value;

        var saved = await edit.UpdateAsync(newcomer, current.Handle, version, draft with { Bio = "Hire me at www.nina.example" });

        Assert.True(saved.Succeeded && saved.HeldForReview);
        Assert.DoesNotContain((await _domain.Get<ProfileService>().SearchAsync(new PeopleQuery())).Items, p => p.DisplayName == "Nina Newcomer");
        Assert.True((await _domain.Get<ModerationService>().ApproveAsync(_moderator, ReportedItemKind.Profile, newcomer)).Succeeded);
        Assert.Contains((await _domain.Get<ProfileService>().SearchAsync(new PeopleQuery())).Items, p => p.DisplayName == "Nina Newcomer");
    }

    private static ProjectDraft Draft(string name, string description) => new()
    {
        Name = name, Summary = "A project for the link-hold tests", Description = description, Status = ProjectStatus.Recruiting,
    };
}
