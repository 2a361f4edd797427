using System.Net;
using AngleSharp.Html.Parser;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

/// <summary>The directory and organization pages over real HTTP, prerendered, with organizations Ada (a demo member) created.</summary>
public sealed class OrganizationPagesHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        var organizations = app.GetService<OrganizationService>();
        if (await organizations.GetAsync("rustaceans-lyon") is not null)
        {
            return;
        }

        var ada = (await app.GetService<ProfileService>().GetPublicAsync("ada"))!.UserId;
        await OrganizationTestData.CreateAsync(app.Services, ada, OrganizationTestData.Draft(
            "Rustaceans Lyon", "rustaceans-lyon", website: "https://rustaceans.example", tech: ["Rust"], locations: ["Lyon"]));
        await OrganizationTestData.CreateAsync(app.Services, ada, OrganizationTestData.Draft(
            "Sharp Paris", "sharp-paris", website: "https://sharp.example", tech: ["C#", "TypeScript"], locations: ["Paris", "Remote"]));
        var rust = (await organizations.GetAsync("rustaceans-lyon"))!;
        var membership = app.GetService<OrganizationMembership>();
        Assert.True((await membership.RequestVerificationAsync(ada, rust.Id, "hr@rustaceans.example")).Succeeded);
        var link = DevConnectAppFactory.FirstLink(await app.WaitForEmailAsync("hr@rustaceans.example"));
        Assert.True((await membership.ConfirmVerificationAsync(link[(link.LastIndexOf('/') + 1)..])).Succeeded);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string[] CardNames(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("[data-testid=companies-grid] .dc-profile-card-name")
            .Select(n => n.ChildNodes[0].TextContent.Trim()).ToArray();

    [Fact]
    public async Task The_directory_is_prerendered_with_verified_organizations_first()
    {
        var html = await app.CreateClient().GetStringAsync("/companies");

        var names = CardNames(html);
        Assert.Equal("Rustaceans Lyon", names[0]);
        Assert.Contains("Sharp Paris", names);
        var first = new HtmlParser().ParseDocument(html).QuerySelector("[data-testid=companies-grid] .dc-profile-card")!;
        Assert.NotNull(first.QuerySelector("[data-testid=verified-badge]"));
    }

    [Fact]
    public async Task Directory_filters_live_in_the_address()
    {
        var client = app.CreateClient();

        Assert.Equal(["Rustaceans Lyon"], CardNames(await client.GetStringAsync("/companies?tech=rust")));
        Assert.Equal(["Sharp Paris"], CardNames(await client.GetStringAsync("/companies?location=Remote")));
        Assert.Equal(["Rustaceans Lyon"], CardNames(await client.GetStringAsync("/companies?verified=true")));
        Assert.Empty(CardNames(await client.GetStringAsync("/companies?tech=rust&location=paris")));
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
        var html = await app.CreateClient().GetStringAsync("/companies/rustaceans-lyon");
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal("Rustaceans Lyon", page.QuerySelector("[data-testid=org-name]")!.TextContent);
        Assert.NotNull(page.QuerySelector("header [data-testid=verified-badge]"));
        Assert.Equal("Rustaceans Lyon", page.QuerySelector(".dc-org-description strong")!.TextContent);
        Assert.Contains("Rust", page.QuerySelector("[data-testid=org-tech]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ada Okafor", page.QuerySelector("[data-testid=org-members]")!.TextContent, StringComparison.Ordinal);
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
        var response = await app.CreateBrowserLikeClient().GetAsync("/companies/rustaceans-lyon/manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_page_is_a_404_for_a_member_who_is_not_an_admin()
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("mei-tanaka");

        var response = await client.GetAsync("/companies/rustaceans-lyon/manage");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("org-name", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_page_opens_for_an_admin_with_the_organization_s_values()
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("ada");

        var html = await client.GetStringAsync("/companies/rustaceans-lyon/manage");

        Assert.Contains("value=\"Rustaceans Lyon\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"org-manage\"", await client.GetStringAsync("/companies/rustaceans-lyon"), StringComparison.Ordinal);
    }
}
