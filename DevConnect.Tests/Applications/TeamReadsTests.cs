using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Applications;

/// <summary>A project's team is kept between views of its page, and every change to it shows on the next view, on every server.</summary>
public sealed class TeamReadsTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;
    private string _owner = "";
    private int _project;

    private ApplicationService Applications => _domain.Get<ApplicationService>();

    private TeamReads Teams => _domain.Get<TeamReads>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(clock: _clock);
        _owner = await _domain.CreateMemberAsync("Team Owner");
        _project = (await _domain.Get<ProjectService>().CreateAsync(_owner, new ProjectDraft
        {
            Name = "Harbour Log", Summary = "Ships in and out", Status = ProjectStatus.Recruiting, Roles = [new RoleDraft("backend", true)],
        })).ProjectId!.Value;
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task An_accepted_applicant_and_a_member_who_leaves_show_on_the_next_view_here_and_on_another_server()
    {
        // A second server: its own kept teams, the same hub and database.
        using var elsewhere = new TeamReads(_domain.Get<IDbContextFactory<DevConnectDbContext>>(), _domain.Get<ILiveEvents>(), new TeamChangeVersion(), _clock);
        Assert.Empty(await Teams.ListAsync(_project));
        Assert.Empty(await elsewhere.ListAsync(_project));

        var applicant = await _domain.CreateMemberAsync("New Crew");
        var applied = await Applications.ApplyAsync(applicant, _project, "backend", "I would like to keep the harbour log with you.");
        var application = (await Applications.FindForOwnerAsync(_owner, applied.ApplicationId!.Value))!;
        Assert.True((await Applications.AcceptAsync(_owner, application.Id, application.Version)).Succeeded);

        Assert.Equal([applicant], (await Teams.ListAsync(_project)).Select(m => m.UserId));
        await Patience.UntilAsync(async () => (await elsewhere.ListAsync(_project)).Count == 1, "the other server kept the team from before the newcomer");

        Assert.True((await Applications.RemoveMemberAsync(applicant, _project, applicant)).Succeeded);

        Assert.Empty(await Teams.ListAsync(_project));
        await Patience.UntilAsync(async () => (await elsewhere.ListAsync(_project)).Count == 0, "the other server kept the team from before the departure");
    }

    [Fact]
    public async Task A_members_new_name_shows_once_the_kept_team_is_older_than_its_bound()
    {
        var applicant = await _domain.CreateMemberAsync("Old Name");
        var applied = await Applications.ApplyAsync(applicant, _project, "backend", "I would like to keep the harbour log with you.");
        var application = (await Applications.FindForOwnerAsync(_owner, applied.ApplicationId!.Value))!;
        await Applications.AcceptAsync(_owner, application.Id, application.Version);
        Assert.Equal("Old Name", Assert.Single(await Teams.ListAsync(_project)).DisplayName);

        await using (var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync())
        {
            await db.Profiles.Where(p => p.UserId == applicant).ExecuteUpdateAsync(p => p.SetProperty(x => x.DisplayName, "New Name"));
        }

        _clock.Advance(KeyedReadCache<object>.MaxAge + TimeSpan.FromSeconds(1));
        Assert.Equal("New Name", Assert.Single(await Teams.ListAsync(_project)).DisplayName);
    }
}
