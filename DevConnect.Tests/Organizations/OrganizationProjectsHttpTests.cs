using AngleSharp.Html.Parser;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

/// <summary>Demo projects posted under the demo organizations, over real HTTP, prerendered.</summary>
public sealed class OrganizationProjectsHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private static string[] CardTitles(AngleSharp.Html.Dom.IHtmlDocument page, string scope) =>
        page.QuerySelectorAll($"{scope} .dc-project-card-title").Select(t => t.TextContent.Trim()).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task The_feed_filtered_by_an_organization_shows_only_its_projects_each_by_it_with_a_removable_chip()
    {
        var page = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/projects?org=nordlight"));

        Assert.Equal(["Compiler Course Companion", "Tide Tables"], CardTitles(page, "[data-testid=project-grid]"));
        Assert.All(page.QuerySelectorAll("[data-testid=project-grid] [data-testid=card-org]"),
            by => Assert.StartsWith("by Nordlight Labs", by.TextContent.Trim(), StringComparison.Ordinal));
        Assert.Contains("Nordlight Labs", page.QuerySelector("[data-testid=org-filter]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=org-filter-remove]"));
    }

    [Fact]
    public async Task The_whole_feed_shows_by_whom_a_sponsored_project_is_and_an_unknown_organization_finds_nothing()
    {
        var client = app.CreateClient();
        var everything = new HtmlParser().ParseDocument(await client.GetStringAsync("/projects?q=pantry"));
        var unknown = new HtmlParser().ParseDocument(await client.GetStringAsync("/projects?org=no-such-org"));

        var openPantry = everything.QuerySelectorAll("[data-testid=project-grid] article").Single(a => a.TextContent.Contains("Open Pantry", StringComparison.Ordinal));
        Assert.Equal("companies/pantry-collective", openPantry.QuerySelector("[data-testid=card-org] a")!.GetAttribute("href"));
        Assert.Empty(unknown.QuerySelectorAll("[data-testid=project-grid] article"));
    }

    [Fact]
    public async Task An_organization_page_lists_its_projects_and_links_to_all_of_them_on_the_feed()
    {
        var page = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/companies/nordlight"));

        Assert.Equal(["Compiler Course Companion", "Tide Tables"], CardTitles(page, "[data-testid=org-projects]"));
        Assert.Equal("projects?org=nordlight", page.QuerySelector("[data-testid=org-projects-feed]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_project_page_names_the_organization_it_is_posted_under()
    {
        var client = app.CreateClient();
        var feed = new HtmlParser().ParseDocument(await client.GetStringAsync("/projects?org=pantry-collective"));
        var link = feed.QuerySelector("[data-testid=project-grid] .dc-project-card-title a")!.GetAttribute("href")!;

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/" + link));

        var by = page.QuerySelector("[data-testid=project-org]")!;
        Assert.Contains("Pantry Collective", by.TextContent, StringComparison.Ordinal);
        Assert.NotNull(by.QuerySelector("[data-testid=verified-badge]"));
    }
}
