using Bunit;
using DevConnect.App.Components.Organizations;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Organizations;

/// <summary>The organization form, the directory's filters and the admins' member list, rendered with bUnit over the real domain.</summary>
public sealed class OrganizationFormTests : DomainComponentContext
{
    private string CurrentUrl => new Uri(Navigation.Uri).PathAndQuery;

    [Fact]
    public async Task Bad_input_shows_its_message_at_each_field_and_creates_nothing()
    {
        var founder = await SignInAsync("Form Founder");
        var form = Render<OrganizationForm>(p => p.Add(f => f.UserId, founder));

        form.Find("#org-name").Input("Z");
        form.Find("#org-handle").Input("9-bad");
        form.Find("#org-website").Change("not a site");
        form.Find("[data-testid=org-save]").Click();

        form.WaitForAssertion(() =>
        {
            Assert.Contains("2 to 80", form.Markup, StringComparison.Ordinal);
            Assert.Contains("lowercase letters", form.Markup, StringComparison.Ordinal);
            Assert.Contains("https://", form.Markup, StringComparison.Ordinal);
        });
        Assert.Empty((await Domain.Get<OrganizationService>().SearchAsync(new OrganizationQuery())).Items);
    }

    [Fact]
    public async Task A_valid_form_creates_the_organization_and_hands_back_its_handle()
    {
        var founder = await SignInAsync("Good Founder");
        string? saved = null;
        var form = Render<OrganizationForm>(p => p.Add(f => f.UserId, founder).Add(f => f.Saved, handle => saved = handle));

        form.Find("#org-name").Input("Good Company");
        form.Find("#org-handle").Input("Good-Company");
        form.Find("#org-tech").Change("Rust, Go");
        form.Find("[data-testid=org-save]").Click();

        form.WaitForAssertion(() => Assert.Equal("good-company", saved));
        var created = (await Domain.Get<OrganizationService>().GetAsync("good-company"))!;
        Assert.Equal(["Go", "Rust"], created.Tech.Select(t => t.Label).Order());
    }

    [Fact]
    public void Choosing_a_technology_and_a_place_puts_them_in_the_address()
    {
        var panel = Render<CompanyFilters>(p => p.Add(f => f.Query, new OrganizationQuery { Tech = ["rust"] })
            .Add(f => f.Locations, [new LocationChoice("paris", "Paris", 2)]));

        Assert.Equal("true", panel.Find("button[data-tech=rust]").GetAttribute("aria-pressed"));
        panel.Find("button[data-location=paris]").Click();

        Assert.Equal("/companies?tech=rust&location=paris", CurrentUrl);
    }

    [Fact]
    public async Task The_last_admin_sees_why_they_cannot_leave()
    {
        var admin = await SignInAsync("Lonely Admin");
        var organization = await OrganizationTestData.CreateAsync(Domain.Services, admin, OrganizationTestData.Draft("Solo", "solo-org"));
        var panel = Render<OrganizationMembersPanel>(p => p.Add(m => m.Organization, organization).Add(m => m.UserId, admin));

        panel.Find("[data-testid=org-admin-leave]").Click();

        panel.WaitForAssertion(() => Assert.Contains("needs an admin", panel.Find("[data-testid=org-members-error]").TextContent, StringComparison.Ordinal));
        Assert.NotNull((await Domain.Get<OrganizationService>().GetAsync("solo-org"))!.RoleOf(admin));
    }

    [Fact]
    public async Task An_admin_invites_by_email_and_a_bad_address_is_refused_at_the_field()
    {
        var admin = await SignInAsync("Inviting Admin");
        var organization = await OrganizationTestData.CreateAsync(Domain.Services, admin, OrganizationTestData.Draft("Inviters", "inviters"));
        var panel = Render<OrganizationMembersPanel>(p => p.Add(m => m.Organization, organization).Add(m => m.UserId, admin));

        panel.Find("#org-invite-email").Change("not-an-address");
        panel.Find("[data-testid=org-invite]").Click();
        panel.WaitForAssertion(() => Assert.Contains("name@example.com", panel.Markup, StringComparison.Ordinal));

        panel.Find("#org-invite-email").Change("new.hire@elsewhere.org");
        panel.Find("[data-testid=org-invite]").Click();
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=org-invited]")));
        Assert.Contains(await Domain.DeliveredEmailsAsync(), e => e.Contains("new.hire@elsewhere.org", StringComparison.Ordinal) && e.Contains("companies/join/", StringComparison.Ordinal));
    }
}
