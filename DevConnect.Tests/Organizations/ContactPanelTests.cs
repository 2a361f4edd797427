using Bunit;
using DevConnect.App.Components.Organizations;
using DevConnect.Domain.Organizations;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

/// <summary>The consent switch on one's own profile and the contact panel on someone else's, rendered with bUnit.</summary>
public sealed class ContactPanelTests : DomainComponentContext
{
    [Fact]
    public async Task A_member_turns_on_opportunities_for_verified_organizations()
    {
        var member = await SignInAsync("Switching Member");
        var settings = Render<OpportunitySettings>(p => p.Add(s => s.UserId, member));
        settings.WaitForAssertion(() => Assert.NotEmpty(settings.FindAll("input[type=checkbox]")));
        Assert.Empty(settings.FindAll("input[type=radio]"));

        settings.Find("input[type=checkbox]").Change(true);
        settings.Find("[data-testid=consent-save]").Click();

        settings.WaitForAssertion(() => Assert.NotNull(settings.Find("[data-testid=consent-saved]")));
        Assert.Equal((true, OpportunityVisibility.VerifiedOrganizations), await Domain.Get<OrganizationContact>().GetConsentAsync(member));
    }

    [Fact]
    public async Task The_contact_panel_stays_hidden_from_members_of_no_verified_organization()
    {
        var developer = await Domain.CreateMemberAsync("Open Developer");
        await Domain.Get<OrganizationContact>().SetConsentAsync(developer, true, OpportunityVisibility.VerifiedOrganizations);
        var founder = await SignInAsync("Unverified Founder");
        await OrganizationTestData.CreateAsync(Domain.Services, founder, OrganizationTestData.Draft("Not Yet", "not-yet"));

        var panel = Render<ContactDeveloperPanel>(p => p.Add(c => c.DeveloperId, developer).Add(c => c.ViewerId, founder));

        Assert.Empty(panel.FindAll("[data-testid=org-contact]"));
    }
}
