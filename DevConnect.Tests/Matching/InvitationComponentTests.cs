using Bunit;
using DevConnect.App.Components.Matching;
using DevConnect.Domain.Matching;
using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Matching;

/// <summary>"People who fit" on the owner's applications page and the invitee's invitations page (bUnit over the real domain).</summary>
public sealed class InvitationComponentTests : DomainComponentContext
{
    [Fact]
    public async Task The_owner_reads_why_a_member_fits_and_invites_them_for_the_role_that_fits()
    {
        var member = await MatchingSetup.MemberAsync(Domain, "Rita Rust", MatchingSetup.RustJunior);
        var owner = await SignInAsync("Olga Owner");
        await MatchingSetup.SetProfileAsync(Domain, owner, d => d with { Level = ExperienceLevel.Senior, TimeZone = "Europe/Athens" });
        var project = await MatchingSetup.ProjectAsync(Domain, owner, "Ferris Garden", ["rust"], juniorFriendly: true, roles: ["docs", "backend"]);
        var panel = Render<PeopleWhoFit>(p => p.Add(c => c.OwnerId, owner).Add(c => c.ProjectId, project).Add(c => c.Roles, ["docs", "backend"]));
        panel.WaitForAssertion(() => panel.Find("[data-person=rita-rust]"));

        Assert.Equal("Knows Rust · fits your backend role · 1 h apart", panel.Find("[data-person=rita-rust] [data-testid=fit-reason]").TextContent);
        panel.Find("[data-person=rita-rust] [data-testid=invite]").Click();

        panel.WaitForAssertion(() => panel.Find("[data-person=rita-rust] [data-testid=invited]"));
        Assert.Equal("backend", Assert.Single(await Domain.Get<InvitationService>().ListForInviteeAsync(member)).Role);
    }

    [Fact]
    public async Task Accepting_an_invitation_opens_the_projects_apply_form_with_the_role()
    {
        var owner = await MatchingSetup.MemberAsync(Domain, "Olga Owner", d => d);
        var project = await MatchingSetup.ProjectAsync(Domain, owner, "Ferris Garden", ["rust"], juniorFriendly: true, roles: ["backend"]);
        var me = await SignInAsync("Ivy Invitee");
        await MatchingSetup.SetProfileAsync(Domain, me, MatchingSetup.RustJunior);
        await Domain.Get<InvitationService>().InviteAsync(owner, project, me, "backend");
        var page = Render<MyInvitations>();
        page.WaitForAssertion(() => page.Find("[data-testid=accept-invitation]"));
        var landed = NextLocationAsync();

        page.Find("[data-testid=accept-invitation]").Click();

        Assert.EndsWith($"projects/{project}/ferris-garden?apply=backend", await landed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_shows_the_answer_in_place()
    {
        var owner = await MatchingSetup.MemberAsync(Domain, "Olga Owner", d => d);
        var project = await MatchingSetup.ProjectAsync(Domain, owner, "Ferris Garden", ["rust"], roles: ["backend"]);
        var me = await SignInAsync("Dan Declines");
        await Domain.Get<InvitationService>().InviteAsync(owner, project, me, "backend");
        var page = Render<MyInvitations>();
        page.WaitForAssertion(() => page.Find("[data-testid=decline-invitation]"));

        page.Find("[data-testid=decline-invitation]").Click();

        page.WaitForAssertion(() => Assert.Equal("Declined", page.Find("[data-testid=invitation-status]").TextContent));
    }
}
