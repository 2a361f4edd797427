using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Applications;

public sealed class ApplicationServiceTests : IAsyncLifetime
{
    private const string Message = "Hello! I would love to help with the backend and learn Rust.";
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;
    private string _owner = "";
    private int _project;

    private ApplicationService Applications => _domain.Get<ApplicationService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(clock: _clock);
        _owner = await _domain.CreateMemberAsync("Project Owner");
        _project = (await _domain.Get<ProjectService>().CreateAsync(_owner, new ProjectDraft
        {
            Name = "Lighthouse", Summary = "A lighthouse keeper's log", Status = ProjectStatus.Recruiting,
            Roles = [new RoleDraft("backend", true), new RoleDraft("design", false)],
        })).ProjectId!.Value;
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<(string Applicant, ApplicationView Application)> Applied(string name = "Keen Applicant")
    {
        var applicant = await _domain.CreateMemberAsync(name);
        var result = await Applications.ApplyAsync(applicant, _project, "backend", Message);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
        return (applicant, (await Applications.FindForOwnerAsync(_owner, result.ApplicationId!.Value))!);
    }

    [Fact]
    public async Task Applying_creates_a_pending_application_and_tells_the_owner()
    {
        using var owner = new LiveProbe<ApplicationSubmitted>(_domain.Get<ILiveEvents>(), LiveKeys.Owner(_owner));

        var (applicant, application) = await Applied();

        Assert.Equal(ApplicationStatus.Pending, application.Status);
        Assert.Equal("backend", application.Role);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddDays(21), application.ExpiresAtUtc);
        Assert.Equal([new ApplicationSubmitted(application.Id, _project)], await owner.WaitForAsync());
        Assert.Equal(ApplicationStatus.Pending, await Applications.StatusForAsync(applicant, _project));
    }

    // The count is kept per owner between pages; the service that changes it forgets it before it returns.
    [Fact]
    public async Task The_owners_pending_count_follows_each_application_and_decision_at_once()
    {
        Assert.Equal(0, await Applications.CountPendingForOwnerAsync(_owner));

        var (_, first) = await Applied("First Applicant");
        Assert.Equal(1, await Applications.CountPendingForOwnerAsync(_owner));
        await Applied("Second Applicant");
        Assert.Equal(2, await Applications.CountPendingForOwnerAsync(_owner));

        await Applications.DeclineAsync(_owner, first.Id, first.Version);
        Assert.Equal(1, await Applications.CountPendingForOwnerAsync(_owner));
    }

    [Theory]
    [InlineData("backend", "too short", ApplicationErrors.MessageLength)]
    [InlineData("astronaut", Message, ApplicationErrors.RoleUnknown)]
    public async Task Bad_input_is_refused_at_its_field(string role, string message, string code)
    {
        var applicant = await _domain.CreateMemberAsync("Careless Applicant");

        var result = await Applications.ApplyAsync(applicant, _project, role, message);

        Assert.Equal(code, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Nobody_applies_to_their_own_project_or_without_a_confirmed_email_or_to_a_closed_project()
    {
        var unconfirmed = await _domain.CreateMemberAsync("Not Confirmed", emailConfirmed: false);
        var closedOwner = await _domain.CreateMemberAsync("Closed Owner");
        var closed = (await _domain.Get<ProjectService>().CreateAsync(closedOwner, new ProjectDraft { Name = "Done", Summary = "Finished", Status = ProjectStatus.Completed })).ProjectId!.Value;
        var someone = await _domain.CreateMemberAsync("Someone Else");

        Assert.Equal(ApplicationErrors.OwnProject, Assert.Single((await Applications.ApplyAsync(_owner, _project, "backend", Message)).Errors).Code);
        Assert.Equal(ApplicationErrors.EmailNotConfirmed, Assert.Single((await Applications.ApplyAsync(unconfirmed, _project, "backend", Message)).Errors).Code);
        Assert.Equal(ApplicationErrors.NotRecruiting, Assert.Single((await Applications.ApplyAsync(someone, closed, "other", Message)).Errors).Code);
    }

    [Fact]
    public async Task Thirty_two_simultaneous_attempts_leave_exactly_one_application()
    {
        var applicant = await _domain.CreateMemberAsync("Double Clicker");

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => Applications.ApplyAsync(applicant, _project, "backend", Message))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ApplicationErrors.AlreadyApplied, Assert.Single(r.Errors).Code));
        Assert.Single(await Applications.ListForApplicantAsync(applicant));
    }

    [Fact]
    public async Task Accepting_makes_the_applicant_a_team_member()
    {
        var (applicant, application) = await Applied();

        var result = await Applications.AcceptAsync(_owner, application.Id, application.Version, "Welcome aboard!");

        Assert.Equal(ApplicationStatus.Accepted, result.Status);
        var member = Assert.Single(await _domain.Get<TeamReads>().ListAsync(_project));
        Assert.Equal((applicant, "backend"), (member.UserId, member.Role));
        Assert.Equal("Welcome aboard!", (await Applications.ListForApplicantAsync(applicant)).Single().DecisionNote);
        Assert.Equal(ApplicationErrors.AlreadyMember, Assert.Single((await Applications.ApplyAsync(applicant, _project, "design", Message)).Errors).Code);
    }

    public static TheoryData<string, string> IllegalMoves => new()
    {
        { "withdrawn", "accept" },
        { "withdrawn", "decline" },
        { "declined", "accept" },
        { "accepted", "decline" },
        { "accepted", "withdraw" },
        { "declined", "withdraw" },
    };

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public async Task Only_pending_applications_can_move(string state, string move)
    {
        var (applicant, application) = await Applied();
        var reached = state switch
        {
            "withdrawn" => await Applications.WithdrawAsync(applicant, application.Id),
            "declined" => await Applications.DeclineAsync(_owner, application.Id, application.Version),
            _ => await Applications.AcceptAsync(_owner, application.Id, application.Version),
        };
        var version = (await Applications.FindForOwnerAsync(_owner, application.Id))!.Version;

        var result = move switch
        {
            "accept" => await Applications.AcceptAsync(_owner, application.Id, version),
            "decline" => await Applications.DeclineAsync(_owner, application.Id, version),
            _ => await Applications.WithdrawAsync(applicant, application.Id),
        };

        Assert.True(reached.Succeeded);
        Assert.Equal(ApplicationErrors.AlreadyDecided, Assert.Single(result.Errors).Code);
        Assert.Equal(reached.Status, (await Applications.FindForOwnerAsync(_owner, application.Id))!.Status);
    }

    [Fact]
    public async Task Only_the_owner_decides_and_only_the_applicant_withdraws()
    {
        var (applicant, application) = await Applied();
        var stranger = await _domain.CreateMemberAsync("Random Stranger");

        Assert.Equal(ApplicationErrors.NotOwner, Assert.Single((await Applications.AcceptAsync(stranger, application.Id, application.Version)).Errors).Code);
        Assert.Equal(ApplicationErrors.NotOwner, Assert.Single((await Applications.DeclineAsync(applicant, application.Id, application.Version)).Errors).Code);
        Assert.Equal(ApplicationErrors.NotFound, Assert.Single((await Applications.WithdrawAsync(stranger, application.Id)).Errors).Code);
        Assert.Equal(ApplicationStatus.Pending, (await Applications.FindForOwnerAsync(_owner, application.Id))!.Status);
        Assert.Empty((await Applications.ListForProjectAsync(stranger, _project)).Items);
    }

    [Fact]
    public async Task When_accept_and_decline_race_one_wins_and_the_other_learns_what_happened()
    {
        var (_, application) = await Applied();

        var results = await Task.WhenAll(
            Task.Run(() => Applications.AcceptAsync(_owner, application.Id, application.Version)),
            Task.Run(() => Applications.DeclineAsync(_owner, application.Id, application.Version)));

        var winner = Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(ApplicationErrors.Conflict, Assert.Single(loser.Errors).Code);
        Assert.Equal(winner.Status, loser.Status);
        Assert.Equal(winner.Status, (await Applications.FindForOwnerAsync(_owner, application.Id))!.Status);
    }

    [Fact]
    public async Task Pending_applications_expire_after_the_configured_period()
    {
        var (applicant, application) = await Applied();
        _clock.Advance(TimeSpan.FromDays(20));
        Assert.Equal(0, await Applications.ExpireDueAsync());

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await Applications.ExpireDueAsync());

        Assert.Equal(ApplicationStatus.Expired, (await Applications.ListForApplicantAsync(applicant)).Single().Status);
        Assert.Equal(ApplicationErrors.AlreadyDecided, Assert.Single((await Applications.AcceptAsync(_owner, application.Id, (await Applications.FindForOwnerAsync(_owner, application.Id))!.Version)).Errors).Code);
    }

    [Fact]
    public async Task A_member_can_leave_and_the_owner_can_remove_but_strangers_cannot()
    {
        var (first, a1) = await Applied("First Member");
        var (second, a2) = await Applied("Second Member");
        await Applications.AcceptAsync(_owner, a1.Id, a1.Version);
        await Applications.AcceptAsync(_owner, a2.Id, a2.Version);
        var stranger = await _domain.CreateMemberAsync("Meddling Stranger");

        Assert.False((await Applications.RemoveMemberAsync(stranger, _project, first)).Succeeded);
        Assert.True((await Applications.RemoveMemberAsync(first, _project, first)).Succeeded);
        Assert.True((await Applications.RemoveMemberAsync(_owner, _project, second)).Succeeded);

        Assert.Empty(await _domain.Get<TeamReads>().ListAsync(_project));
    }

    [Fact]
    public async Task Sending_too_many_applications_in_an_hour_is_refused_with_a_clear_message()
    {
        // A new account's limit; Safety/MemberLimitsTests covers both tiers and when each lifts.
        var limit = new DevConnect.Domain.Safety.LimitsOptions().NewAccount.ApplicationsPerHour;
        var eager = await _domain.CreateMemberAsync("Eager Applicant");
        var service = _domain.Get<ProjectService>();
        var results = new List<DevConnect.Domain.Applications.ApplicationResult>();
        for (var i = 0; i <= limit; i++)
        {
            var other = await _domain.CreateMemberAsync($"Owner Number {i}");
            var project = (await service.CreateAsync(other, new ProjectDraft { Name = $"Project {i}", Summary = "Recruiting", Status = ProjectStatus.Recruiting })).ProjectId!.Value;
            results.Add(await Applications.ApplyAsync(eager, project, "other", Message));
        }

        Assert.All(results.Take(limit), r => Assert.True(r.Succeeded));
        Assert.Equal(DevConnect.Domain.Safety.SafetyErrors.ApplicationsNew, Assert.Single(results[limit].Errors).Code);
    }

    [Fact]
    public async Task Optional_links_are_up_to_three_https_addresses()
    {
        var applicant = await _domain.CreateMemberAsync("Linked Applicant");

        var tooMany = await Applications.ApplyAsync(applicant, _project, "backend", Message, "https://a.example\nhttps://b.example\nhttps://c.example\nhttps://d.example");
        var plainHttp = await Applications.ApplyAsync(applicant, _project, "backend", Message, "http://insecure.example");
        var fine = await Applications.ApplyAsync(applicant, _project, "backend", Message, " https://github.com/linked \n\nhttps://linked.dev/portfolio ");

        Assert.Equal(ApplicationService.LinksField, Assert.Single(tooMany.Errors).Field);
        Assert.Equal(ApplicationErrors.LinksInvalid, Assert.Single(plainHttp.Errors).Code);
        Assert.True(fine.Succeeded);
        Assert.Equal(["https://github.com/linked", "https://linked.dev/portfolio"], (await Applications.FindForOwnerAsync(_owner, fine.ApplicationId!.Value))!.Links);
    }
}
