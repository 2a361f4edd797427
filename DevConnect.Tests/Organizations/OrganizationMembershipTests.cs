using DevConnect.Domain.Organizations;
using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

public sealed class OrganizationMembershipTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private string _admin = "";
    private OrganizationView _acme = default!;

    private OrganizationService Organizations => _domain.Get<OrganizationService>();

    private OrganizationMembership Membership => _domain.Get<OrganizationMembership>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        _admin = await _domain.CreateMemberAsync("Ada Admin");
        _acme = await OrganizationTestData.CreateAsync(_domain.Services, _admin, OrganizationTestData.Draft("Acme", "acme"));
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<string> InviteAndJoinAsync(string name)
    {
        var member = await _domain.CreateMemberAsync(name);
        Assert.True((await Membership.InviteAsync(_admin, _acme.Id, $"{name.Replace(' ', '.')}@elsewhere.org")).Succeeded);
        var secret = OrganizationTestData.LinkSecret(await _domain.DeliveredEmailsAsync(), $"{name.Replace(' ', '.')}@elsewhere.org");
        Assert.True((await Membership.AcceptInvitationAsync(member, secret)).Succeeded);
        return member;
    }

    [Fact]
    public async Task The_member_who_creates_an_organization_is_its_admin()
    {
        Assert.Equal(OrganizationRole.Admin, Assert.Single(_acme.Members).Role);
        Assert.True(await Organizations.IsAdminAsync("acme", _admin));
    }

    [Fact]
    public async Task A_second_organization_cannot_take_a_handle_in_use()
    {
        var other = await _domain.CreateMemberAsync("Other Founder");

        var result = await Organizations.CreateAsync(other, OrganizationTestData.Draft("Acme Again", "ACME"));

        Assert.Equal(ProfileErrors.HandleTaken, result.Error!.Code);
        Assert.Equal(OrganizationRules.HandleField, result.Error.Field);
    }

    [Fact]
    public async Task A_member_with_an_unconfirmed_email_cannot_create_an_organization()
    {
        var unconfirmed = await _domain.CreateMemberAsync("New Comer", emailConfirmed: false);

        var result = await Organizations.CreateAsync(unconfirmed, OrganizationTestData.Draft("Fresh", "fresh"));

        Assert.Equal(OrganizationErrors.EmailNotConfirmed, result.Error!.Code);
        Assert.Null(await Organizations.GetAsync("fresh"));
    }

    [Fact]
    public async Task An_invitation_emailed_through_the_outbox_makes_its_holder_a_member()
    {
        var joined = await InviteAndJoinAsync("Bea Member");

        var acme = (await Organizations.GetAsync("acme"))!;
        Assert.Equal(OrganizationRole.Member, acme.RoleOf(joined));
        Assert.False(await Organizations.IsAdminAsync("acme", joined));
    }

    [Fact]
    public async Task An_invitation_link_works_once()
    {
        var first = await _domain.CreateMemberAsync("First Taker");
        var second = await _domain.CreateMemberAsync("Second Taker");
        await Membership.InviteAsync(_admin, _acme.Id, "team@elsewhere.org");
        var secret = OrganizationTestData.LinkSecret(await _domain.DeliveredEmailsAsync(), "team@elsewhere.org");

        Assert.True((await Membership.AcceptInvitationAsync(first, secret)).Succeeded);
        var again = await Membership.AcceptInvitationAsync(second, secret);

        Assert.Equal(OrganizationErrors.LinkInvalid, again.Error!.Code);
        Assert.Null((await Organizations.GetAsync("acme"))!.RoleOf(second));
    }

    [Fact]
    public async Task Only_admins_invite_edit_and_remove()
    {
        var member = await InviteAndJoinAsync("Plain Member");
        var outsider = await _domain.CreateMemberAsync("Out Sider");

        Assert.Equal(OrganizationErrors.NotAdmin, (await Membership.InviteAsync(member, _acme.Id, "x@elsewhere.org")).Error!.Code);
        Assert.Equal(OrganizationErrors.NotAdmin, (await Membership.RemoveMemberAsync(outsider, _acme.Id, member)).Error!.Code);
        Assert.Equal(OrganizationErrors.NotAdmin, (await Organizations.UpdateAsync(member, _acme.Id, _acme.Version, _acme.ToDraft() with { Name = "Taken Over" })).Error!.Code);
        Assert.Equal("Acme", (await Organizations.GetAsync("acme"))!.Name);
    }

    [Fact]
    public async Task An_admin_removes_a_member()
    {
        var member = await InviteAndJoinAsync("Short Stay");

        Assert.True((await Membership.RemoveMemberAsync(_admin, _acme.Id, member)).Succeeded);

        Assert.Null((await Organizations.GetAsync("acme"))!.RoleOf(member));
    }

    [Fact]
    public async Task The_last_admin_cannot_leave_or_step_down_but_can_once_another_admin_is_named()
    {
        var member = await InviteAndJoinAsync("Next Admin");

        Assert.Equal(OrganizationErrors.LastAdmin, (await Membership.LeaveAsync(_admin, _acme.Id)).Error!.Code);
        Assert.Equal(OrganizationErrors.LastAdmin, (await Membership.SetRoleAsync(_admin, _acme.Id, _admin, OrganizationRole.Member)).Error!.Code);

        Assert.True((await Membership.SetRoleAsync(_admin, _acme.Id, member, OrganizationRole.Admin)).Succeeded);
        Assert.True((await Membership.LeaveAsync(_admin, _acme.Id)).Succeeded);

        var acme = (await Organizations.GetAsync("acme"))!;
        Assert.Equal(OrganizationRole.Admin, Assert.Single(acme.Members).Role);
    }

    [Fact]
    public async Task A_member_leaves_on_their_own()
    {
        var member = await InviteAndJoinAsync("Free Spirit");

        Assert.True((await Membership.LeaveAsync(member, _acme.Id)).Succeeded);

        Assert.Null((await Organizations.GetAsync("acme"))!.RoleOf(member));
    }

    [Fact]
    public async Task An_edit_from_an_older_version_is_refused_instead_of_overwriting()
    {
        Assert.True((await Organizations.UpdateAsync(_admin, _acme.Id, _acme.Version, _acme.ToDraft() with { Name = "Acme One" })).Succeeded);

        var stale = await Organizations.UpdateAsync(_admin, _acme.Id, _acme.Version, _acme.ToDraft() with { Name = "Acme Two" });

        Assert.Equal(OrganizationErrors.Conflict, stale.Error!.Code);
        Assert.Equal("Acme One", (await Organizations.GetAsync("acme"))!.Name);
    }
}
