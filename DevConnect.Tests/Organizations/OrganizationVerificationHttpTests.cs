using AngleSharp.Html.Parser;
using DevConnect.Domain.Organizations;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

/// <summary>Verification end to end in the app: the link goes through the outbox, its page asks before it changes anything.</summary>
public sealed class OrganizationVerificationHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task The_emailed_link_opens_a_page_that_confirms_and_the_organization_shows_its_badge()
    {
        var organizations = app.GetService<OrganizationService>();
        var greenBits = (await organizations.GetAsync("green-bits"))!;
        var admin = greenBits.Members.Single(m => m.Role == OrganizationRole.Admin).UserId;
        Assert.True((await app.GetService<OrganizationMembership>().RequestVerificationAsync(admin, greenBits.Id, "hello@greenbits.example")).Succeeded);

        var link = new Uri(DevConnectAppFactory.FirstLink(await app.WaitForEmailAsync("hello@greenbits.example")));
        var client = app.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(link.PathAndQuery));

        Assert.NotNull(page.QuerySelector("[data-testid=org-link-confirm]"));
        Assert.Contains("Green Bits", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.False((await organizations.GetAsync("green-bits"))!.IsVerified);

        Assert.True((await app.GetService<OrganizationMembership>().ConfirmVerificationAsync(link.Segments[^1])).Succeeded);
        var after = new HtmlParser().ParseDocument(await client.GetStringAsync("/companies/green-bits"));
        Assert.NotNull(after.QuerySelector("header [data-testid=verified-badge]"));
    }
}
