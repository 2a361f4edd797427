using DevConnect.Domain.Applications;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Opportunities;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Opportunities;

public sealed class OpportunityApplicationTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private string _admin = "";
    private string _junior = "";
    private OrganizationView _organization = default!;
    private int _opportunity;

    private OpportunityApplications Applications => _domain.Get<OpportunityApplications>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(settings: new Dictionary<string, string?> { ["Limits:OpportunityApplicationsPerDay"] = "2" });
        _admin = await _domain.CreateMemberAsync("Tomasz Admin");
        _junior = await _domain.CreateMemberAsync("Chloe Junior");
        _organization = await OpportunityTestData.VerifiedAsync(_domain, _admin, "Nordlight", "nordlight");
        _opportunity = await OpportunityTestData.PublishAsync(_domain, _admin, _organization.Id);
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task Applying_opens_a_conversation_with_the_publisher_and_the_admins_see_the_applicant_s_profile()
    {
        var result = await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch);

        Assert.True(result.Succeeded);
        var list = (await Applications.ListForOpportunityAsync(_admin, _opportunity))!;
        var application = Assert.Single(list.Items);
        Assert.Equal(("Chloe Junior", ApplicationStatus.Pending, OpportunityTestData.Pitch), (application.Applicant.DisplayName, application.Status, application.Message));
        Assert.Empty(application.TeamRecord);
        var conversation = (await _domain.Get<MessagingService>().GetAsync(_admin, application.ConversationId!.Value))!;
        Assert.Equal(("Chloe Junior", "Nordlight"), (conversation.OtherName, conversation.ProjectName));
        Assert.Equal(OpportunityTestData.Pitch, Assert.Single(conversation.Messages).Body);
        Assert.Contains(await _domain.Get<NotificationService>().ListAsync(_admin), n => n.Kind == NotificationKind.NewOpportunityApplication);
    }

    [Fact]
    public async Task Nobody_but_the_organization_s_admins_reads_the_applications()
    {
        await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch);
        var outsider = await _domain.CreateMemberAsync("Curious Person");

        Assert.Null(await Applications.ListForOpportunityAsync(outsider, _opportunity));
        Assert.Null(await Applications.ListForOpportunityAsync(_junior, _opportunity));
    }

    [Fact]
    public async Task A_second_pending_application_and_one_to_one_s_own_organization_are_refused()
    {
        await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch);

        Assert.Equal(OpportunityErrors.AlreadyApplied, (await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch)).Error!.Code);
        Assert.Equal(OpportunityErrors.OwnOrganization, (await Applications.ApplyAsync(_admin, _opportunity, OpportunityTestData.Pitch)).Error!.Code);
    }

    [Fact]
    public async Task A_too_short_message_is_refused_at_its_field()
    {
        var refused = await Applications.ApplyAsync(_junior, _opportunity, "Hire me");

        Assert.Equal((OpportunityApplications.MessageField, OpportunityErrors.MessageLength), (refused.Error!.Field, refused.Error.Code));
    }

    [Fact]
    public async Task A_closed_opportunity_takes_no_application()
    {
        await _domain.Get<OpportunityService>().SetOpenAsync(_admin, _opportunity, open: false);

        Assert.Equal(OpportunityErrors.Closed, (await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch)).Error!.Code);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_block_either_way_refuses_the_application_in_neutral_words(bool juniorBlocks)
    {
        var blocks = _domain.Get<BlockService>();
        await (juniorBlocks ? blocks.BlockAsync(_junior, _admin) : blocks.BlockAsync(_admin, _junior));

        var refused = await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch);

        Assert.Equal(OpportunityErrors.NotAccepting, refused.Error!.Code);
        Assert.DoesNotContain("block", refused.Error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_admin_who_blocks_an_applicant_no_longer_sees_their_application()
    {
        await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch);

        await _domain.Get<BlockService>().BlockAsync(_junior, _admin);

        Assert.Empty((await Applications.ListForOpportunityAsync(_admin, _opportunity))!.Items);
    }

    [Fact]
    public async Task A_member_applies_to_a_limited_number_of_opportunities_a_day()
    {
        var second = await OpportunityTestData.PublishAsync(_domain, _admin, _organization.Id, OpportunityTestData.Draft("Junior Go developer"));
        var third = await OpportunityTestData.PublishAsync(_domain, _admin, _organization.Id, OpportunityTestData.Draft("Junior Rust developer"));
        Assert.True((await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch)).Succeeded);
        Assert.True((await Applications.ApplyAsync(_junior, second, OpportunityTestData.Pitch + " (Go)")).Succeeded);

        var refused = await Applications.ApplyAsync(_junior, third, OpportunityTestData.Pitch + " (Rust)");

        Assert.Equal(OpportunityErrors.TooManyApplications, refused.Error!.Code);
        Assert.Equal(2, refused.Error.Arguments![0]);
    }

    [Fact]
    public async Task An_admin_accepts_and_the_applicant_sees_it_with_the_note()
    {
        var id = (await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch)).ApplicationId!.Value;
        var version = (await Applications.ListForOpportunityAsync(_admin, _opportunity))!.Items.Single().Version;

        Assert.True((await Applications.AcceptAsync(_admin, id, version, "Welcome aboard!")).Succeeded);

        var mine = Assert.Single(await Applications.ListForApplicantAsync(_junior));
        Assert.Equal((ApplicationStatus.Accepted, "Welcome aboard!"), (mine.Status, mine.DecisionNote));
        Assert.Equal(ApplicationStatus.Accepted, await Applications.StatusForAsync(_junior, _opportunity));
    }

    [Fact]
    public async Task Only_pending_applications_move_and_only_admins_decide()
    {
        var id = (await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch)).ApplicationId!.Value;
        var version = (await Applications.ListForOpportunityAsync(_admin, _opportunity))!.Items.Single().Version;
        var outsider = await _domain.CreateMemberAsync("Not An Admin");

        Assert.Equal(OpportunityErrors.NotAdmin, (await Applications.AcceptAsync(outsider, id, version)).Error!.Code);
        Assert.Equal(ApplicationErrors.NotFound, (await Applications.WithdrawAsync(outsider, id)).Error!.Code);
        Assert.True((await Applications.WithdrawAsync(_junior, id)).Succeeded);

        var late = await Applications.AcceptAsync(_admin, id, version);

        Assert.Equal(ApplicationErrors.Conflict, late.Error!.Code);
        Assert.Equal(ApplicationStatus.Withdrawn, late.Status);
        var fresh = (await Applications.ListForOpportunityAsync(_admin, _opportunity))!.Items.Single();
        Assert.Equal(ApplicationErrors.AlreadyDecided, (await Applications.DeclineAsync(_admin, id, fresh.Version)).Error!.Code);
    }

    [Fact]
    public async Task After_withdrawing_a_member_may_apply_again()
    {
        var id = (await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch)).ApplicationId!.Value;
        await Applications.WithdrawAsync(_junior, id);

        Assert.True((await Applications.ApplyAsync(_junior, _opportunity, OpportunityTestData.Pitch + " Again.")).Succeeded);
    }
}
