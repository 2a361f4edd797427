using System.Net;
using AngleSharp.Html.Parser;
using DevConnect.Domain.Opportunities;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Opportunities;

/// <summary>/opportunities, an opportunity's page and the admins' applications page over real HTTP, on the demo data.</summary>
public sealed class OpportunityPagesHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private static string[] Titles(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("[data-testid=opportunities-list] [data-testid=opportunity-title]")
            .Select(n => n.TextContent.Trim()).Order().ToArray();

    private async Task<int> IdOfAsync(string title) =>
        (await app.GetService<OpportunityService>().SearchAsync(new OpportunityQuery())).Items.Single(i => i.Title == title).Id;

    [Fact]
    public async Task The_list_is_prerendered_with_the_open_opportunities_of_verified_organizations()
    {
        var html = await app.CreateClient().GetStringAsync("/opportunities");

        Assert.Equal(5, Titles(html).Length);
        Assert.Contains("Rust internship: offline maps for hikers", Titles(html));
        Assert.Contains("€1,100–€1,300 a month", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_s_filters_live_in_the_address()
    {
        var client = app.CreateClient();

        Assert.Equal(["Rust internship: offline maps for hikers"], Titles(await client.GetStringAsync("/opportunities?type=internship")));
        Assert.Equal(["Junior Go developer", "Rust internship: offline maps for hikers"], Titles(await client.GetStringAsync("/opportunities?skill=go")));
        Assert.Equal(["Freelance mission: accessibility audit of Open Pantry"], Titles(await client.GetStringAsync("/opportunities?level=senior")));
        Assert.DoesNotContain("Junior Go developer", Titles(await client.GetStringAsync("/opportunities?remote=true")));
        Assert.Equal(["Junior full-stack developer (C# and TypeScript)"], Titles(await client.GetStringAsync("/opportunities?type=junior-position&skill=csharp&level=junior&remote=true")));
    }

    [Theory]
    [InlineData("/opportunities?type=nope&page=abc&remote=maybe")]
    [InlineData("/opportunities?skill=%25%25&level=wizard")]
    [InlineData("/companies?open=perhaps")]
    public async Task Hand_edited_addresses_get_a_page_not_an_error(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(path)).StatusCode);

    [Fact]
    public async Task An_opportunity_s_page_is_prerendered_with_its_organization_salary_and_description()
    {
        var id = await IdOfAsync("Paid contribution: tide data import for Tide Tables");

        var page = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync($"/opportunities/{id}"));

        Assert.Equal("Paid contribution: tide data import for Tide Tables", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("€300–€380 a day", page.QuerySelector("[data-testid=opportunity-salary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tide Tables", page.QuerySelector(".dc-opportunity-description strong")!.TextContent);
        Assert.Equal("Tide Tables", page.QuerySelector("[data-testid=opportunity-project] a")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='companies/nordlight']"));
        Assert.NotNull(page.QuerySelector("[data-testid=opportunity-apply] a[href^='Account/Login']"));
    }

    [Fact]
    public async Task An_unknown_opportunity_is_a_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/opportunities/99999")).StatusCode);

    [Fact]
    public async Task The_directory_keeps_organizations_with_open_opportunities_when_asked()
    {
        var page = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/companies?open=true"));

        Assert.Equal(["Nordlight Labs", "Pantry Collective"],
            page.QuerySelectorAll("[data-testid=companies-grid] .dc-profile-card-name").Select(n => n.ChildNodes[0].TextContent.Trim()));
    }

    [Fact]
    public async Task An_organization_s_page_lists_its_open_opportunities()
    {
        var page = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/companies/pantry-collective"));

        Assert.Equal(2, page.QuerySelectorAll("[data-testid=org-opportunities] .dc-opportunity-card").Length);
    }

    [Fact]
    public async Task The_applications_page_sends_visitors_to_log_in()
    {
        var id = await IdOfAsync("Rust internship: offline maps for hikers");

        var response = await app.CreateBrowserLikeClient().GetAsync($"/companies/nordlight/opportunities/{id}/applications");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mei-tanaka")]
    [InlineData("lucas-martin")]
    [InlineData("ada")]
    public async Task The_applications_and_editor_pages_are_a_404_for_anyone_but_the_organization_s_admins(string handle)
    {
        var id = await IdOfAsync("Rust internship: offline maps for hikers");
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(handle);

        var applications = await client.GetAsync($"/companies/nordlight/opportunities/{id}/applications");

        Assert.Equal(HttpStatusCode.NotFound, applications.StatusCode);
        Assert.DoesNotContain("Chloé", await applications.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/opportunities/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/companies/nordlight/opportunities/new")).StatusCode);
    }

    [Fact]
    public async Task An_admin_reads_the_applications_with_each_applicant_s_profile_and_team_record()
    {
        var id = await IdOfAsync("Rust internship: offline maps for hikers");
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("tomasz-kowalski");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/companies/nordlight/opportunities/{id}/applications"));

        var card = page.QuerySelector("[data-testid=opportunity-applications] .dc-application")!;
        Assert.Equal("u/chloe-dubois", card.QuerySelector("[data-testid=applicant-profile]")!.GetAttribute("href"));
        Assert.Contains("Tide Tables", card.QuerySelector("[data-testid=applicant-team-record]")!.TextContent, StringComparison.Ordinal);
    }
}
