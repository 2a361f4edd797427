using System.Net;
using AngleSharp.Html.Parser;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

/// <summary>The directory and organization pages over real HTTP, prerendered, on the demo organizations.</summary>
public sealed class OrganizationPagesHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private static string[] CardNames(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("[data-testid=companies-grid] .dc-profile-card-name")
            .Select(n => n.ChildNodes[0].TextContent.Trim()).ToArray();

    [Fact]
    public async Task The_directory_is_prerendered_with_verified_organizations_first()
    {
        var html = await app.CreateClient().GetStringAsync("/companies");

        Assert.Equal(["Nordlight Labs", "Pantry Collective", "Green Bits", "Kitebyte"], CardNames(html));
        var first = new HtmlParser().ParseDocument(html).QuerySelector("[data-testid=companies-grid] .dc-profile-card")!;
        Assert.NotNull(first.QuerySelector("[data-testid=verified-badge]"));
    }

    [Fact]
    public async Task Directory_filters_live_in_the_address()
    {
        var client = app.CreateClient();

        Assert.Equal(["Nordlight Labs"], CardNames(await client.GetStringAsync("/companies?tech=rust")));
        Assert.Equal(["Nordlight Labs", "Green Bits"], CardNames(await client.GetStringAsync("/companies?location=Remote")));
        Assert.Equal(["Nordlight Labs", "Pantry Collective"], CardNames(await client.GetStringAsync("/companies?verified=true")));
        Assert.Empty(CardNames(await client.GetStringAsync("/companies?tech=rust&location=berlin")));
    }

    [Theory]
    [InlineData("/companies?page=abc&verified=maybe")]
    [InlineData("/companies?tech=%25%25&location=")]
    [InlineData("/companies/join/forged-link")]
    [InlineData("/companies/verify/forged-link")]
    public async Task Hand_edited_addresses_get_a_page_not_an_error(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_organization_page_is_prerendered_with_its_description_stack_and_people()
    {
        var html = await app.CreateClient().GetStringAsync("/companies/nordlight");
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal("Nordlight Labs", page.QuerySelector("[data-testid=org-name]")!.TextContent);
        Assert.NotNull(page.QuerySelector("header [data-testid=verified-badge]"));
        Assert.Equal("offline-first tools", page.QuerySelector(".dc-org-description strong")!.TextContent);
        Assert.Contains("Rust", page.QuerySelector("[data-testid=org-tech]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tomasz Kowalski", page.QuerySelector("[data-testid=org-members]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mei Tanaka", page.QuerySelector("[data-testid=org-members]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=org-manage]"));
    }

    [Fact]
    public async Task Every_page_s_footer_leads_to_the_directory()
    {
        var page = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/"));

        Assert.NotNull(page.QuerySelector("footer a[href=companies]"));
    }

    [Fact]
    public async Task An_unknown_organization_is_a_404()
    {
        var response = await app.CreateClient().GetAsync("/companies/no-such-company");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_admin_page_sends_visitors_to_log_in()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/companies/nordlight/manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_page_is_a_404_for_a_member_of_the_organization_who_is_not_an_admin()
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("mei-tanaka");

        var response = await client.GetAsync("/companies/nordlight/manage");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("org-name", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_page_opens_for_an_admin_with_the_organization_s_values()
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("tomasz-kowalski");

        var html = await client.GetStringAsync("/companies/nordlight/manage");

        Assert.Contains("value=\"Nordlight Labs\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"org-manage\"", await client.GetStringAsync("/companies/nordlight"), StringComparison.Ordinal);
    }
}
