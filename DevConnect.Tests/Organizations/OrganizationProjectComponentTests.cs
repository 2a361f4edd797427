using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DevConnect.Tests.Organizations;

/// <summary>A card posted under an organization, and the feed's organization chip, rendered with bUnit.</summary>
public sealed class OrganizationProjectComponentTests : BunitContext
{
    private static readonly ProjectOrganization Nordlight = new(7, "Nordlight Labs", "nordlight", IsVerified: true);

    public OrganizationProjectComponentTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<MarkdownRenderer>();
    }

    private static ProjectCardView Card(ProjectOrganization? organization) => new(
        1, "Tide Tables", "tide-tables", "Offline tides", ProjectStatus.Recruiting, Commitment.LongTerm, true, [Tags.FromKey("rust")], null,
        new OwnerSummary("Mei Tanaka", "mei-tanaka", null, null), new DateTime(2026, 11, 1), new DateTime(2026, 11, 2), Organization: organization);

    [Fact]
    public void A_card_posted_under_a_verified_organization_says_by_whom_links_to_its_page_and_keeps_the_member_who_posted_it()
    {
        var card = Render<ProjectCard>(p => p.Add(c => c.Project, Card(Nordlight)));

        var by = card.Find("[data-testid=card-org]");
        Assert.StartsWith("by Nordlight Labs", by.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("companies/nordlight", by.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(by.QuerySelector(".dc-verified-mark"));
        Assert.Contains("Mei Tanaka", card.Find(".dc-project-card-owner").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_of_an_unverified_organization_has_no_badge_and_a_members_own_card_no_by_line()
    {
        var unverified = Render<ProjectCard>(p => p.Add(c => c.Project, Card(Nordlight with { IsVerified = false })));
        var own = Render<ProjectCard>(p => p.Add(c => c.Project, Card(null)));

        Assert.Null(unverified.Find("[data-testid=card-org]").QuerySelector(".dc-verified-mark"));
        Assert.Empty(own.FindAll("[data-testid=card-org]"));
    }

    [Fact]
    public void The_organization_filter_shows_as_a_chip_whose_cross_removes_it_and_keeps_the_other_filters()
    {
        var query = new ProjectQuery { Organization = "nordlight", Languages = ["rust"] };
        var panel = Render<ProjectFilters>(p => p.Add(f => f.Query, query).Add(f => f.Organization, Nordlight));

        var chip = panel.Find("[data-testid=org-filter]");
        Assert.Contains("Nordlight Labs", chip.TextContent, StringComparison.Ordinal);
        Assert.Equal("companies/nordlight", chip.QuerySelector("a")!.GetAttribute("href"));
        panel.Find("[data-testid=org-filter-remove]").Click();

        Assert.Equal("/projects?lang=rust", new Uri(Services.GetRequiredService<NavigationManager>().Uri).PathAndQuery);
    }

    [Fact]
    public void The_chip_names_the_organization_once_the_page_has_read_it()
    {
        var query = new ProjectQuery { Organization = "nordlight" };
        var panel = Render<ProjectFilters>(p => p.Add(f => f.Query, query));
        Assert.Contains("nordlight", panel.Find("[data-testid=org-filter]").TextContent, StringComparison.Ordinal);

        panel.Render(p => p.Add(f => f.Query, query).Add(f => f.Organization, Nordlight));

        panel.WaitForAssertion(() => Assert.Contains("Nordlight Labs", panel.Find("[data-testid=org-filter]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_address_carries_the_organization_filter_both_ways()
    {
        var parsed = FeedUrl.Parse(null, null, null, null, null, null, null, org: " Nordlight ");

        Assert.Equal("nordlight", parsed.Organization);
        Assert.Equal("projects?lang=go&org=nordlight", FeedUrl.For(new ProjectQuery { Languages = ["go"], Organization = "nordlight" }));
        Assert.Null(FeedUrl.Parse(null, null, null, null, null, null, null, org: new string('x', 200)).Organization);
    }
}
