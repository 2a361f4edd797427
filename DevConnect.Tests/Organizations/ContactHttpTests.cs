using AngleSharp.Html.Parser;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

/// <summary>Who sees that a demo junior is open to opportunities: members of verified organizations, and nobody else.</summary>
public sealed class ContactHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private async Task<bool> SeesContactAsync(string? who, string profile)
    {
        var client = app.CreateBrowserLikeClient();
        if (who is not null)
        {
            await client.LoginAsync(who);
        }

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(profile));
        return page.QuerySelector("[data-testid=org-contact]") is not null;
    }

    [Fact]
    public async Task Only_members_of_verified_organizations_see_an_open_developer_s_contact_form()
    {
        Assert.True(await SeesContactAsync("tomasz-kowalski", "/u/chloe-dubois"));
        Assert.True(await SeesContactAsync("mei-tanaka", "/u/chloe-dubois"));
        Assert.False(await SeesContactAsync("kwame-mensah", "/u/chloe-dubois"));
        Assert.False(await SeesContactAsync("grace-kim", "/u/chloe-dubois"));
        Assert.False(await SeesContactAsync(null, "/u/chloe-dubois"));
        Assert.False(await SeesContactAsync("tomasz-kowalski", "/u/lucas-martin"));
    }

    [Fact]
    public async Task A_member_sees_their_own_opportunity_settings_and_nobody_else_does()
    {
        var own = app.CreateBrowserLikeClient();
        await own.LoginAsync("lucas-martin");
        var other = app.CreateBrowserLikeClient();
        await other.LoginAsync("grace-kim");

        Assert.NotNull(new HtmlParser().ParseDocument(await own.GetStringAsync("/u/lucas-martin")).QuerySelector("[data-testid=opportunity-settings]"));
        Assert.Null(new HtmlParser().ParseDocument(await other.GetStringAsync("/u/lucas-martin")).QuerySelector("[data-testid=opportunity-settings]"));
    }
}
