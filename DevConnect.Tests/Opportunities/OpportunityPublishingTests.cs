using DevConnect.Domain.Opportunities;
using DevConnect.Domain.Organizations;
using DevConnect.Tests.Infrastructure;
using DevConnect.Tests.Organizations;

namespace DevConnect.Tests.Opportunities;

public sealed class OpportunityPublishingTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private string _admin = "";
    private OrganizationView _verified = default!;

    private OpportunityService Opportunities => _domain.Get<OpportunityService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        _admin = await _domain.CreateMemberAsync("Tomasz Admin");
        _verified = await OpportunityTestData.VerifiedAsync(_domain, _admin, "Nordlight", "nordlight");
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task An_admin_of_a_verified_organization_publishes_and_the_list_shows_it()
    {
        var id = await OpportunityTestData.PublishAsync(_domain, _admin, _verified.Id);

        var listed = Assert.Single((await Opportunities.SearchAsync(new OpportunityQuery())).Items);
        Assert.Equal((id, "Rust internship in Lyon", "Nordlight"), (listed.Id, listed.Title, listed.OrganizationName));
        Assert.Equal(new SalaryRange(1100, 1300, "EUR", SalaryPeriod.Month), listed.Salary);
        Assert.Equal("Pair with a **senior** every day.", (await Opportunities.GetAsync(id))!.Description);
    }

    [Fact]
    public async Task An_unverified_organization_cannot_publish_even_by_a_crafted_request()
    {
        var unverified = await OrganizationTestData.CreateAsync(_domain.Services, _admin, OrganizationTestData.Draft("Unproven", "unproven"));

        var refused = await Opportunities.PublishAsync(_admin, unverified.Id, OpportunityTestData.Draft());

        Assert.Equal(OpportunityErrors.NotVerified, refused.Error!.Code);
        Assert.Empty((await Opportunities.SearchAsync(new OpportunityQuery())).Items);
    }

    [Fact]
    public async Task Members_who_are_not_admins_and_outsiders_cannot_publish_edit_or_close()
    {
        var member = await _domain.CreateMemberAsync("Mei Member");
        var membership = _domain.Get<OrganizationMembership>();
        await membership.InviteAsync(_admin, _verified.Id, "mei@nordlight.example");
        await membership.AcceptInvitationAsync(member, OrganizationTestData.LinkSecret(await _domain.DeliveredEmailsAsync(), "mei@nordlight.example"));
        var outsider = await _domain.CreateMemberAsync("Someone Else");
        var id = await OpportunityTestData.PublishAsync(_domain, _admin, _verified.Id);
        var version = (await Opportunities.GetAsync(id))!.Version;

        foreach (var user in new[] { member, outsider })
        {
            Assert.Equal(OpportunityErrors.NotAdmin, (await Opportunities.PublishAsync(user, _verified.Id, OpportunityTestData.Draft())).Error!.Code);
            Assert.Equal(OpportunityErrors.NotAdmin, (await Opportunities.UpdateAsync(user, id, version, OpportunityTestData.Draft("Hijacked title"))).Error!.Code);
            Assert.Equal(OpportunityErrors.NotAdmin, (await Opportunities.SetOpenAsync(user, id, open: false)).Error!.Code);
        }

        Assert.Equal("Rust internship in Lyon", (await Opportunities.GetAsync(id))!.Card.Title);
    }

    [Fact]
    public async Task A_closed_opportunity_leaves_the_list_and_comes_back_when_reopened()
    {
        var id = await OpportunityTestData.PublishAsync(_domain, _admin, _verified.Id);

        Assert.True((await Opportunities.SetOpenAsync(_admin, id, open: false)).Succeeded);
        Assert.Empty((await Opportunities.SearchAsync(new OpportunityQuery())).Items);
        Assert.False((await Opportunities.GetAsync(id))!.Card.IsOpen);

        await Opportunities.SetOpenAsync(_admin, id, open: true);
        Assert.Single((await Opportunities.SearchAsync(new OpportunityQuery())).Items);
    }

    [Fact]
    public async Task An_edit_made_on_an_old_version_is_refused_and_changes_nothing()
    {
        var id = await OpportunityTestData.PublishAsync(_domain, _admin, _verified.Id);
        var opened = (await Opportunities.GetAsync(id))!.Version;
        Assert.True((await Opportunities.UpdateAsync(_admin, id, opened, OpportunityTestData.Draft("Rust internship, six months"))).Succeeded);

        var stale = await Opportunities.UpdateAsync(_admin, id, opened, OpportunityTestData.Draft("Overwritten"));

        Assert.Equal(OpportunityErrors.Conflict, stale.Error!.Code);
        Assert.Equal("Rust internship, six months", (await Opportunities.GetAsync(id))!.Card.Title);
    }

    [Fact]
    public async Task The_list_filters_by_type_skill_level_and_remote()
    {
        await OpportunityTestData.PublishAsync(_domain, _admin, _verified.Id);
        await OpportunityTestData.PublishAsync(_domain, _admin, _verified.Id, OpportunityTestData.Draft("Senior Go mission", OpportunityType.FreelanceMission, ["Go"]) with
        {
            Level = Domain.Profiles.ExperienceLevel.Senior, IsRemote = false,
        });

        async Task<string[]> Titles(OpportunityQuery query) => (await Opportunities.SearchAsync(query)).Items.Select(i => i.Title).ToArray();

        Assert.Equal(["Senior Go mission"], await Titles(new() { Type = OpportunityType.FreelanceMission }));
        Assert.Equal(["Rust internship in Lyon"], await Titles(new() { Skills = ["rust"] }));
        Assert.Equal(["Senior Go mission"], await Titles(new() { Level = Domain.Profiles.ExperienceLevel.Senior }));
        Assert.Equal(["Rust internship in Lyon"], await Titles(new() { RemoteOnly = true }));
        Assert.Empty(await Titles(new() { Skills = ["rust"], Type = OpportunityType.FreelanceMission }));
    }

    [Fact]
    public async Task The_directory_can_keep_only_organizations_with_open_opportunities()
    {
        await OrganizationTestData.CreateAsync(_domain.Services, _admin, OrganizationTestData.Draft("Quiet Co", "quiet-co"));
        var id = await OpportunityTestData.PublishAsync(_domain, _admin, _verified.Id);
        var organizations = _domain.Get<OrganizationService>();

        Assert.Equal(["Nordlight"], (await organizations.SearchAsync(new OrganizationQuery { WithOpenOpportunities = true })).Items.Select(o => o.Name));
        await Opportunities.SetOpenAsync(_admin, id, open: false);
        Assert.Empty((await organizations.SearchAsync(new OrganizationQuery { WithOpenOpportunities = true })).Items);
    }
}
