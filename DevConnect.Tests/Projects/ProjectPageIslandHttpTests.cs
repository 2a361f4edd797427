using System.Text.Json;
using System.Text.RegularExpressions;
using DevConnect.App.Components.Projects;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Projects;

/// <summary>
/// A project page, the feed and the home page are rendered without a circuit around live islands: the circuit a browser
/// opens on them is told to start the live parts and nothing else (no router, layout, menus or footer; no feed cards).
/// </summary>
public sealed partial class ProjectPageIslandHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task A_visitor_s_project_page_asks_for_one_circuit_component_holding_the_project_alone()
    {
        var tide = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "tide tables" })).Items.Single();

        var html = await app.CreateClient().GetStringAsync($"/projects/{tide.Id}/{tide.Slug}");

        var island = Assert.Single(ServerComponents(html));
        Assert.Contains("data-testid=\"project-page\"", island.Markup, StringComparison.Ordinal);
        Assert.Contains("data-island", island.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<main", island.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<footer", island.Markup, StringComparison.Ordinal);
        // The shell around it is plain markup that no circuit will take over.
        Assert.Contains("<main id=\"main\" tabindex=\"-1\" data-interactive=\"false\">", html, StringComparison.Ordinal);
        Assert.True(island.Start > html.IndexOf("<main", StringComparison.Ordinal), "the island starts inside <main>");
        Assert.Contains("<title>Tide Tables · DevConnect</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_s_island_is_prerendered_with_the_owner_s_buttons()
    {
        var tide = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "tide tables" })).Items.Single();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("mei-tanaka");

        var html = await client.GetStringAsync($"/projects/{tide.Id}/{tide.Slug}");

        // A member's page also has the bell and the pending count as islands of their own; the project is in one.
        var island = Assert.Single(ServerComponents(html), c => c.Markup.Contains("data-testid=\"project-page\"", StringComparison.Ordinal));
        Assert.Contains($"href=\"projects/{tide.Id}/edit\"", island.Markup, StringComparison.Ordinal);
        Assert.Contains(">Delete</span>", island.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(ServerComponents(html), c => c.Markup.Contains("<main", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_feed_s_island_holds_the_filters_and_the_page_around_it_holds_the_cards()
    {
        var html = await app.CreateClient().GetStringAsync("/projects");

        // A starting circuit re-sends what its island renders: the chips, not the twelve cards the page already shows.
        var island = Assert.Single(ServerComponents(html));
        Assert.Contains("data-lang=\"rust\"", island.Markup, StringComparison.Ordinal);
        Assert.Contains("id=\"feed-results\"", island.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<article", island.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("data-live-results", island.Markup, StringComparison.Ordinal);
        Assert.Equal(12, Regex.Count(html, "<article class=\"dc-project-card\""));
        Assert.True(html.IndexOf("<article", StringComparison.Ordinal) > html.IndexOf("class=\"dc-feed-static\"", StringComparison.Ordinal), "the cards are in the page's results");
    }

    [Fact]
    public async Task The_home_page_s_newest_projects_are_the_page_s_markup_and_their_island_holds_no_card()
    {
        var html = await app.CreateClient().GetStringAsync("/");

        var island = Assert.Single(ServerComponents(html));
        Assert.Contains("dc-latest-live", island.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<article", island.Markup, StringComparison.Ordinal);
        Assert.Equal(LatestProjects.Count, Regex.Count(html, "<article class=\"dc-project-card\""));
    }

    private sealed record ServerComponent(int Start, string Markup);

    // Blazor writes a prerendered interactive root component between <!--Blazor:{"type":"server","prerenderId":…}-->
    // and <!--Blazor:{"prerenderId":…}-->.
    private static List<ServerComponent> ServerComponents(string html) =>
        ServerMarker().Matches(html).Select(marker =>
        {
            var id = JsonDocument.Parse(marker.Groups["json"].Value).RootElement.GetProperty("prerenderId").GetString();
            var end = html.IndexOf($"<!--Blazor:{{\"prerenderId\":\"{id}\"}}-->", marker.Index, StringComparison.Ordinal);
            Assert.True(end > marker.Index, $"the component {id} has no end marker");
            return new ServerComponent(marker.Index, html[(marker.Index + marker.Length)..end]);
        }).ToList();

    [GeneratedRegex("<!--Blazor:(?<json>\\{\"type\":\"server\".*?\\})-->")]
    private static partial Regex ServerMarker();
}
