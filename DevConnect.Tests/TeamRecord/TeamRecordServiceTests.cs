using DevConnect.Domain.Applications;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Projects;
using DevConnect.Domain.TeamRecord;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.TeamRecord;

public sealed class TeamRecordServiceTests : IAsyncLifetime
{
    private const string Pitch = "Hello, I would like to help with the documentation.";
    private DomainHarness _domain = default!;
    private string _owner = "";
    private int _project;

    private TeamRecordService Record => _domain.Get<TeamRecordService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        _owner = await _domain.CreateMemberAsync("Olive Owner");
        _project = await PostAsync(_owner, "Garden Planner");
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<int> PostAsync(string owner, string name) =>
        (await _domain.Get<ProjectService>().CreateAsync(owner, new ProjectDraft
        {
            Name = name, Summary = "A project for the team record", Status = ProjectStatus.Recruiting,
            Roles = [new RoleDraft("docs", true), new RoleDraft("backend", false)],
        })).ProjectId!.Value;

    private async Task<string> JoinAsync(string name, int project, string owner, string role = "docs")
    {
        var member = await _domain.CreateMemberAsync(name);
        await AcceptAsync(member, project, owner, role);
        return member;
    }

    private async Task AcceptAsync(string member, int project, string owner, string role = "docs")
    {
        var applications = _domain.Get<ApplicationService>();
        var applied = await applications.ApplyAsync(member, project, role, Pitch);
        var view = (await applications.FindForOwnerAsync(owner, applied.ApplicationId!.Value))!;
        Assert.True((await applications.AcceptAsync(owner, view.Id, view.Version)).Succeeded);
    }

    [Fact]
    public async Task The_record_lists_projects_from_accepted_applications_with_role_and_team_size()
    {
        var junior = await JoinAsync("Jun Ior", _project, _owner, "docs");
        await JoinAsync("Sen Ior", _project, _owner, "backend");
        var declined = await _domain.CreateMemberAsync("Not Taken");
        var applications = _domain.Get<ApplicationService>();
        var applied = await applications.ApplyAsync(declined, _project, "docs", Pitch);
        var view = (await applications.FindForOwnerAsync(_owner, applied.ApplicationId!.Value))!;
        await applications.DeclineAsync(_owner, view.Id, view.Version);

        var entry = Assert.Single(await Record.RecordAsync(junior));

        Assert.Equal(("Garden Planner", "docs", 3, true), (entry.ProjectName, entry.Role, entry.TeamSize, entry.StillOnTeam));
        Assert.Empty(await Record.RecordAsync(declined));
        Assert.Empty(await Record.RecordAsync(_owner));
    }

    [Fact]
    public async Task Leaving_the_team_keeps_the_project_on_the_record()
    {
        var junior = await JoinAsync("Left Later", _project, _owner);

        await _domain.Get<ApplicationService>().RemoveMemberAsync(junior, _project, junior);

        Assert.False(Assert.Single(await Record.RecordAsync(junior)).StillOnTeam);
    }

    [Fact]
    public async Task Kudos_can_be_written_only_between_teammates()
    {
        var first = await JoinAsync("First Mate", _project, _owner);
        var second = await JoinAsync("Second Mate", _project, _owner, "backend");
        var stranger = await _domain.CreateMemberAsync("Total Stranger");

        Assert.True((await Record.WriteAsync(first, second, "Patient reviewer, taught me to write tests.")).Succeeded);
        Assert.True((await Record.WriteAsync(_owner, first, "Shipped the docs site in two weeks.")).Succeeded);
        Assert.True((await Record.WriteAsync(first, _owner, "A welcoming owner who explains the why.")).Succeeded);

        var refused = await Record.WriteAsync(stranger, first, "I have never worked with them, but still.");
        Assert.Equal(KudosErrors.NotTeammates, refused.Error!.Code);
        Assert.False((await Record.ChanceAsync(stranger, first)).CanWrite);
        Assert.True((await Record.ChanceAsync(second, first)).CanWrite);
    }

    [Fact]
    public async Task Kudos_show_only_after_their_recipient_accepts_them()
    {
        var member = await JoinAsync("Kind Member", _project, _owner);
        await Record.WriteAsync(_owner, member, "Always helps the newcomers first.");

        Assert.Empty(await Record.ListAsync(member, includePending: false));
        var pending = Assert.Single(await Record.ListAsync(member, includePending: true));
        Assert.Equal(NotificationKind.KudosReceived, (await _domain.Get<NotificationService>().ListAsync(member))[0].Kind);

        Assert.Equal(KudosErrors.NotFound, (await Record.DecideAsync(_owner, pending.Id, accept: true)).Error!.Code);
        Assert.True((await Record.DecideAsync(member, pending.Id, accept: true)).Succeeded);

        var shown = Assert.Single(await Record.ListAsync(member, includePending: false));
        Assert.Equal(("Olive Owner", "Garden Planner"), (shown.AuthorName, shown.ProjectName));
    }

    [Fact]
    public async Task Declined_kudos_never_show_and_cannot_be_written_again()
    {
        var member = await JoinAsync("Modest Member", _project, _owner);
        await Record.WriteAsync(_owner, member, "Great pairing partner all summer.");
        var pending = Assert.Single(await Record.ListAsync(member, includePending: true));

        await Record.DecideAsync(member, pending.Id, accept: false);
        var again = await Record.WriteAsync(_owner, member, "Great pairing partner all summer!!");

        Assert.Empty(await Record.ListAsync(member, includePending: true));
        Assert.Equal(KudosErrors.AlreadyWritten, again.Error!.Code);
        Assert.True((await Record.ChanceAsync(_owner, member)).AlreadyWrote);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Too short")]
    public async Task Kudos_text_out_of_bounds_is_refused_at_its_field(string text)
    {
        var member = await JoinAsync("Short Text", _project, _owner);

        var refused = await Record.WriteAsync(_owner, member, text);

        Assert.Equal((TeamRecordService.TextField, KudosErrors.TextLength), (refused.Error!.Field, refused.Error.Code));
    }

    [Fact]
    public async Task Nobody_writes_kudos_for_themselves()
    {
        Assert.Equal(KudosErrors.Self, (await Record.WriteAsync(_owner, _owner, "I am a wonderful project owner.")).Error!.Code);
    }
}
