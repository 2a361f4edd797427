using DevConnect.Domain.Applications;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Applications;

/// <summary>
/// What a member's project pages show of their own place in a project (apply, pending, on the team, the team's chat) is
/// kept between pages, and every application or team change shows on the very next page.
/// </summary>
public sealed class KeptStandingsTests : IAsyncLifetime
{
    private const string Pitch = "Hello, I would like to help with the documentation.";
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;
    private string _owner = "";
    private int _project;

    private ApplicationService Applications => _domain.Get<ApplicationService>();

    private MessagingService Messaging => _domain.Get<MessagingService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(clock: _clock);
        _owner = await _domain.CreateMemberAsync("Standing Owner");
        _project = (await _domain.Get<ProjectService>().CreateAsync(_owner, new ProjectDraft
        {
            Name = "Lighthouse Log", Summary = "Keeps the lights on", Status = ProjectStatus.Recruiting, Roles = [new RoleDraft("docs", true)],
        })).ProjectId!.Value;
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<int> ApplyAsync(string member) => (await Applications.ApplyAsync(member, _project, "docs", Pitch)).ApplicationId!.Value;

    [Fact]
    public async Task Applying_joining_and_leaving_show_on_the_members_next_project_page()
    {
        var member = await _domain.CreateMemberAsync("Standing Member");
        Assert.Null(await Applications.StatusForAsync(member, _project));
        Assert.Null(await Messaging.TeamConversationAsync(member, _project));

        var applied = await ApplyAsync(member);
        Assert.Equal(ApplicationStatus.Pending, await Applications.StatusForAsync(member, _project));

        var view = (await Applications.FindForOwnerAsync(_owner, applied))!;
        Assert.True((await Applications.AcceptAsync(_owner, view.Id, view.Version)).Succeeded);
        Assert.Equal(ApplicationStatus.Accepted, await Applications.StatusForAsync(member, _project));
        var team = await Messaging.TeamConversationAsync(member, _project);
        Assert.NotNull(team);
        Assert.Equal(team, await Messaging.TeamConversationAsync(_owner, _project));

        Assert.True((await Applications.RemoveMemberAsync(member, _project, member)).Succeeded);
        Assert.Null(await Applications.StatusForAsync(member, _project));
        Assert.Null(await Messaging.TeamConversationAsync(member, _project));
    }

    [Fact]
    public async Task A_withdrawn_application_leaves_the_apply_button_on_the_next_page()
    {
        var member = await _domain.CreateMemberAsync("Withdrawing Member");
        var applied = await ApplyAsync(member);
        Assert.Equal(ApplicationStatus.Pending, await Applications.StatusForAsync(member, _project));

        Assert.True((await Applications.WithdrawAsync(member, applied)).Succeeded);

        Assert.Null(await Applications.StatusForAsync(member, _project));
    }

    [Fact]
    public async Task A_change_that_announces_nothing_shows_once_the_kept_standing_is_older_than_its_bound()
    {
        var member = await _domain.CreateMemberAsync("Standing By Hand");
        var applied = await ApplyAsync(member);
        Assert.Equal(ApplicationStatus.Pending, await Applications.StatusForAsync(member, _project));

        // Written straight to the database, as no service does: nothing tells the kept standing.
        await using (var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync())
        {
            await db.Applications.Where(a => a.Id == applied).ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, ApplicationStatus.Declined));
        }

        Assert.Equal(ApplicationStatus.Pending, await Applications.StatusForAsync(member, _project));
        _clock.Advance(SharedProjectReads.MaxAge + TimeSpan.FromSeconds(1));
        Assert.Null(await Applications.StatusForAsync(member, _project));
    }
}
