using System.Net;
using AngleSharp.Html.Parser;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Profiles;

public sealed class ProfilePagesHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task A_public_profile_is_prerendered_in_full_with_link_previews_and_without_the_email()
    {
        var html = await app.CreateClient().GetStringAsync("/u/ada");
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal("Ada Okafor", page.QuerySelector("h1[data-testid=profile-name]")!.TextContent);
        Assert.Contains("C#", page.QuerySelector("[data-testid=profile-skills]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("[data-testid=profile-experiences] li").Length);
        Assert.Equal("https://github.com/ada", page.QuerySelector("[data-testid=profile-links] a")!.GetAttribute("href"));
        Assert.Equal("Ada Okafor · DevConnect", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.NotEmpty(page.QuerySelectorAll(".dc-project-card"));
        Assert.DoesNotContain("@demo.devconnect.local", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accepted_member_s_profile_shows_the_projects_they_contribute_to()
    {
        var html = await app.CreateClient().GetStringAsync("/u/camille-laurent");
        var section = new HtmlParser().ParseDocument(html).QuerySelector("[data-testid=profile-contributes]");

        Assert.NotNull(section);
        Assert.Contains("Open Pantry", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_directory_filtered_by_language_lists_only_people_with_that_skill()
    {
        var html = await app.CreateClient().GetStringAsync("/people?lang=rust");
        var cards = new HtmlParser().ParseDocument(html).QuerySelectorAll("[data-testid=people-grid] .dc-profile-card");

        Assert.Equal(["Mei Tanaka", "Tomasz Kowalski", "Yuki Sato"], cards.Select(c => c.QuerySelector(".dc-profile-card-name")!.TextContent).Order());
        Assert.All(cards, c => Assert.Contains("Rust", c.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Directory_filters_combine_in_the_address()
    {
        var html = await app.CreateClient().GetStringAsync("/people?level=junior&mentoring=seeks&q=ruby");
        var names = new HtmlParser().ParseDocument(html).QuerySelectorAll(".dc-profile-card-name").Select(n => n.TextContent);

        Assert.Equal(["Grace Kim"], names);
    }

    [Fact]
    public async Task Editing_a_profile_needs_a_login()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/profile/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_is_prerendered_with_the_members_own_values()
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("grace-kim");

        var html = await client.GetStringAsync("/profile/edit");

        Assert.Contains("value=\"Grace Kim\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"profile-preview\"", html, StringComparison.Ordinal);
    }
}
