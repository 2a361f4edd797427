using DevConnect.Domain.Applications;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Domain.TeamRecord;
using DevConnect.Tests.Infrastructure;
using DevConnect.Tests.Matching;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.TeamRecord;

/// <summary>
/// A member's team record, accepted kudos and current teams are read once for every visitor of their profile, and every
/// change to them (a team joined or left, kudos accepted, a project renamed, an author's new name) shows on the very
/// next visit.
/// </summary>
public sealed class KeptTeamRecordsTests : IAsyncLifetime
{
    private const string Pitch = "Hello, I would like to help with the documentation.";
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;
    private string _owner = "";
    private int _project;

    private KeptTeamRecords Kept => _domain.Get<KeptTeamRecords>();

    private TeamRecordService Record => _domain.Get<TeamRecordService>();

    private ApplicationService Applications => _domain.Get<ApplicationService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(clock: _clock);
        _owner = await _domain.CreateMemberAsync("Kept Owner");
        _project = (await _domain.Get<ProjectService>().CreateAsync(_owner, Draft("Tide Tables"))).ProjectId!.Value;
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private static ProjectDraft Draft(string name) => new()
    {
        Name = name, Summary = "A project for the kept team record", Status = ProjectStatus.Recruiting, Roles = [new RoleDraft("docs", true)],
    };

    private async Task AcceptAsync(string member)
    {
        var applied = await Applications.ApplyAsync(member, _project, "docs", Pitch);
        var view = (await Applications.FindForOwnerAsync(_owner, applied.ApplicationId!.Value))!;
        Assert.True((await Applications.AcceptAsync(_owner, view.Id, view.Version)).Succeeded);
    }

    [Fact]
    public async Task Joining_and_leaving_a_team_show_on_the_next_visit_of_the_profile()
    {
        var member = await _domain.CreateMemberAsync("Kept Joiner");
        var before = await Kept.GetAsync(member);
        Assert.Empty(before.Record);
        Assert.Empty(before.Contributions);

        await AcceptAsync(member);
        var joined = await Kept.GetAsync(member);
        Assert.True(Assert.Single(joined.Record).StillOnTeam);
        Assert.Equal("Tide Tables", Assert.Single(joined.Contributions).Name);

        Assert.True((await Applications.RemoveMemberAsync(member, _project, member)).Succeeded);
        var left = await Kept.GetAsync(member);
        Assert.False(Assert.Single(left.Record).StillOnTeam);
        Assert.Empty(left.Contributions);
    }

    [Fact]
    public async Task A_new_teammate_may_write_kudos_at_once_and_a_stranger_never()
    {
        var member = await _domain.CreateMemberAsync("Kept Teammate");
        var stranger = await _domain.CreateMemberAsync("Kept Stranger");
        Assert.False((await Record.ChanceAsync(_owner, member)).CanWrite);

        await AcceptAsync(member);

        Assert.True((await Record.ChanceAsync(_owner, member)).CanWrite);
        Assert.True((await Record.ChanceAsync(member, _owner)).CanWrite);
        Assert.False((await Record.ChanceAsync(stranger, member)).CanWrite);
        Assert.True((await Record.WriteAsync(_owner, member, "Wrote the best tide tables we ever had.")).Succeeded);
        Assert.Equal(new KudosChance(false, true), await Record.ChanceAsync(_owner, member));
    }

    [Fact]
    public async Task Accepted_kudos_a_renamed_project_and_an_authors_new_name_show_on_the_next_visit()
    {
        var member = await _domain.CreateMemberAsync("Kept Recipient");
        await AcceptAsync(member);
        Assert.True((await Record.WriteAsync(_owner, member, "Kept the tide tables honest all winter.")).Succeeded);
        Assert.Empty(await Record.ListAsync(member, includePending: false));

        var pending = Assert.Single(await Record.ListAsync(member, includePending: true));
        Assert.True((await Record.DecideAsync(member, pending.Id, accept: true)).Succeeded);
        Assert.Equal("Kept the tide tables honest all winter.", Assert.Single(await Record.ListAsync(member, includePending: false)).Text);

        var project = (await _domain.Get<SharedProjectReads>().GetAsync(_project))!;
        Assert.True((await _domain.Get<ProjectService>().UpdateAsync(_owner, _project, project.Version, Draft("Tide Tables 2"))).Succeeded);
        Assert.Equal("Tide Tables 2", Assert.Single(await Record.RecordAsync(member)).ProjectName);
        Assert.Equal("Tide Tables 2", Assert.Single(await Record.ListAsync(member, includePending: false)).ProjectName);

        await MatchingSetup.SetProfileAsync(_domain, _owner, d => d with { DisplayName = "Renamed Owner" });
        await Patience.UntilAsync(async () => Assert.Single(await Record.ListAsync(member, includePending: false)).AuthorName == "Renamed Owner",
            "the kudos kept the author's old name");
    }

    [Fact]
    public async Task A_change_that_announces_nothing_shows_once_the_kept_record_is_older_than_its_bound()
    {
        var member = await _domain.CreateMemberAsync("Kept By Hand");
        await AcceptAsync(member);
        Assert.Equal("Tide Tables", Assert.Single((await Kept.GetAsync(member)).Record).ProjectName);

        // Written straight to the database, as no service does: nothing tells the kept record.
        await using (var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync())
        {
            await db.Projects.Where(p => p.Id == _project).ExecuteUpdateAsync(u => u.SetProperty(p => p.Name, "Renamed by hand"));
        }

        Assert.Equal("Tide Tables", Assert.Single((await Kept.GetAsync(member)).Record).ProjectName);
        _clock.Advance(SharedProjectReads.MaxAge + TimeSpan.FromSeconds(1));
        Assert.Equal("Renamed by hand", Assert.Single((await Kept.GetAsync(member)).Record).ProjectName);
    }
}
