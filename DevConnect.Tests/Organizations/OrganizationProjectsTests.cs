using DevConnect.Domain.Organizations;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

/// <summary>
/// Projects posted under an organization's name: who may post and move them, what cards and pages show, and the feed's
/// organization filter (on SQLite here, and on PostgreSQL in the second pass of ./test.sh).
/// </summary>
public sealed class OrganizationProjectsTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private string _admin = "";
    private string _member = "";
    private OrganizationView _acme = default!;
    private OrganizationView _globex = default!;

    private ProjectService Projects => _domain.Get<ProjectService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        _admin = await _domain.CreateMemberAsync("Ada Admin");
        _acme = await OrganizationTestData.CreateAsync(_domain.Services, _admin, OrganizationTestData.Draft("Acme", "acme"));
        _member = await OrganizationTestData.JoinAsync(_domain, _admin, _acme.Id, "Max Member");
        _globex = await OrganizationTestData.CreateAsync(_domain.Services, await _domain.CreateMemberAsync("Gus Globex"), OrganizationTestData.Draft("Globex", "globex"));
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private static ProjectDraft Draft(string name, int? organizationId = null, string language = "rust") => new()
    {
        Name = name, Summary = $"{name} in one line", Tags = [language], OrganizationId = organizationId,
    };

    private async Task<ProjectSaveResult> PostAsync(string ownerId, string name, int? organizationId, string language = "rust")
    {
        var result = await Projects.CreateAsync(ownerId, Draft(name, organizationId, language));
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
        return result;
    }

    private async Task<ProjectSaveResult> MoveAsync(string ownerId, int projectId, int? organizationId)
    {
        var start = (await Projects.GetForEditAsync(ownerId, projectId)).Value!;
        return await Projects.UpdateAsync(ownerId, projectId, start.Version, start.Draft with { OrganizationId = organizationId });
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_posts_under_the_organization_and_the_card_and_page_say_by_whom()
    {
        var posted = await PostAsync(_member, "Acme Sponsored Tool", _acme.Id);

        var card = Assert.Single(await Projects.ListByOwnerAsync(_member));
        var page = (await Projects.GetAsync(posted.ProjectId!.Value))!;

        Assert.Equal(new ProjectOrganization(_acme.Id, "Acme", "acme", IsVerified: false), card.Organization);
        Assert.Equal("acme", page.Organization!.Handle);
        Assert.Equal(_acme.Id, (await Projects.GetForEditAsync(_member, page.Id)).Value!.Draft.OrganizationId);
    }

    [Fact]
    public async Task A_crafted_request_naming_an_organization_the_owner_does_not_belong_to_is_refused_at_the_field_and_nothing_is_saved()
    {
        var result = await Projects.CreateAsync(_member, Draft("Not Mine To Claim", _globex.Id));

        Assert.False(result.Succeeded);
        Assert.Equal(ProjectErrors.NotOrganizationMember, result.Error!.Code);
        Assert.Equal(ProjectRules.OrganizationField, result.Error.Field);
        Assert.Empty(await Projects.ListByOwnerAsync(_member));
    }

    [Fact]
    public async Task Moving_an_existing_project_under_someone_elses_organization_is_refused()
    {
        var mine = await PostAsync(_member, "My Own Thing", organizationId: null);

        var result = await MoveAsync(_member, mine.ProjectId!.Value, _globex.Id);

        Assert.Equal(ProjectErrors.NotOrganizationMember, result.Error!.Code);
        Assert.Null((await Projects.GetAsync(mine.ProjectId.Value))!.Organization);
    }

    [Fact]
    public async Task Only_an_admin_may_take_a_project_away_from_its_organization()
    {
        var byMember = await PostAsync(_member, "Member Posted", _acme.Id);
        var byAdmin = await PostAsync(_admin, "Admin Posted", _acme.Id);

        var memberTries = await MoveAsync(_member, byMember.ProjectId!.Value, null);
        var adminDoes = await MoveAsync(_admin, byAdmin.ProjectId!.Value, null);

        Assert.Equal(ProjectErrors.OrganizationMoveNotAdmin, memberTries.Error!.Code);
        Assert.Equal(ProjectRules.OrganizationField, memberTries.Error.Field);
        Assert.True(adminDoes.Succeeded);
        Assert.Equal("acme", (await Projects.GetAsync(byMember.ProjectId.Value))!.Organization!.Handle);
        Assert.Null((await Projects.GetAsync(byAdmin.ProjectId.Value))!.Organization);
    }

    [Fact]
    public async Task A_project_stays_under_the_organization_when_its_owner_leaves_and_the_owner_can_still_edit_it()
    {
        var posted = await PostAsync(_member, "Left Behind", _acme.Id);
        Assert.True((await _domain.Get<OrganizationMembership>().LeaveAsync(_member, _acme.Id)).Succeeded);

        var start = (await Projects.GetForEditAsync(_member, posted.ProjectId!.Value)).Value!;
        var edited = await Projects.UpdateAsync(_member, posted.ProjectId.Value, start.Version, start.Draft with { Summary = "Still going" });

        Assert.True(edited.Succeeded, string.Join(", ", edited.Errors.Select(e => e.Message)));
        Assert.Equal("acme", start.Organization!.Handle);
        Assert.Equal("acme", (await Projects.GetAsync(posted.ProjectId.Value))!.Organization!.Handle);
        Assert.Equal(["Left Behind"], (await Projects.SearchAsync(new ProjectQuery { Organization = "acme" })).Items.Select(p => p.Name));
    }

    [Fact]
    public async Task The_feed_filtered_by_an_organization_shows_only_its_projects_with_any_other_filter_and_sort()
    {
        await PostAsync(_admin, "Acme Rust", _acme.Id);
        await PostAsync(_member, "Acme Go", _acme.Id, "go");
        await PostAsync(_admin, "Personal Rust", organizationId: null);
        await PostAsync(_globex.Members[0].UserId, "Globex Rust", _globex.Id);

        var acme = await Projects.SearchAsync(new ProjectQuery { Organization = "ACME" });
        var acmeRust = await Projects.SearchAsync(new ProjectQuery { Organization = "acme", Languages = ["rust"], Sort = ProjectSort.Stars });
        var acmeText = await Projects.SearchAsync(new ProjectQuery { Organization = "acme", Text = "go" });
        var unknown = await Projects.SearchAsync(new ProjectQuery { Organization = "nobody-here" });

        Assert.Equal(["Acme Go", "Acme Rust"], acme.Items.Select(p => p.Name));
        Assert.Equal((2, false), (acme.Total, acme.TotalIsEstimate));
        Assert.Equal("Acme", acme.Organization!.Name);
        Assert.Equal(1, acme.Languages.Single(l => l.Tag.Key == "go").Count);
        Assert.Equal(["Acme Rust"], acmeRust.Items.Select(p => p.Name));
        Assert.Equal(["Acme Go"], acmeText.Items.Select(p => p.Name));
        Assert.Empty(unknown.Items);
        Assert.Null(unknown.Organization);
        Assert.True(await Projects.MatchesAsync(new ProjectQuery { Organization = "acme", Text = "rust" }, acme.Items[1].Id));
        Assert.False(await Projects.MatchesAsync(new ProjectQuery { Organization = "globex", Text = "rust" }, acme.Items[1].Id));
    }

    [Fact]
    public async Task The_published_event_carries_the_organization_so_an_open_feed_filtered_by_it_decides_alone()
    {
        using var probe = new LiveProbe<ProjectPublished>(_domain.Get<Domain.Live.ILiveEvents>(), Domain.Live.LiveKeys.ProjectFeed);

        await PostAsync(_member, "Announced", _acme.Id);

        var published = Assert.Single(await probe.WaitForAsync());
        Assert.Equal(new ProjectOrganization(_acme.Id, "Acme", "acme", false), published.Organization);
        Assert.True(new ProjectQuery { Organization = "acme" }.MatchesFilters(published));
        Assert.False(new ProjectQuery { Organization = "globex" }.MatchesFilters(published));
    }
}
