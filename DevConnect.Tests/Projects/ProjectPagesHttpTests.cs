using System.Net;
using AngleSharp.Html.Parser;
using DevConnect.Domain.Media;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Projects;

/// <summary>The project pages over HTTP, against the demo community.</summary>
public sealed class ProjectPagesHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public async Task A_language_filter_in_the_address_prerenders_only_matching_projects()
    {
        var html = await app.CreateClient().GetStringAsync("/projects?lang=rust");

        var cards = Parse(html).QuerySelectorAll("[data-testid=project-grid] article");
        var expected = await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Languages = ["rust"] });
        Assert.NotEmpty(cards);
        Assert.Equal(expected.Items.Select(p => p.Name), cards.Select(c => c.QuerySelector("h3")!.TextContent.Trim()));
        Assert.All(cards, card => Assert.Contains("Rust", card.QuerySelectorAll(".dc-tag").Select(t => t.TextContent.Trim())));
        Assert.DoesNotContain("Gopher Relay", html, StringComparison.Ordinal);
        Assert.Equal("true", Parse(html).QuerySelector("button[data-lang=rust]")!.GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task Several_filters_and_hostile_search_text_still_answer_with_a_page()
    {
        var client = app.CreateClient();

        var combined = await client.GetAsync("/projects?lang=go&lang=rust&status=recruiting&junior=true&q=%22NEAR(*");
        var huge = await client.GetAsync("/projects?q=" + new string('a', 10_000));

        Assert.Equal(HttpStatusCode.OK, combined.StatusCode);
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains("Nothing found", await huge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_page_is_prerendered_and_an_outdated_slug_redirects_to_the_right_one()
    {
        var tide = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "tide tables" })).Items.Single();
        var client = app.CreateBrowserLikeClient();

        var page = await client.GetAsync($"/projects/{tide.Id}/{tide.Slug}");
        var renamed = await client.GetAsync($"/projects/{tide.Id}/an-old-name");

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1 data-testid=\"project-name\">Tide Tables</h1>", html, StringComparison.Ordinal);
        Assert.Contains("property=\"og:title\" content=\"Tide Tables\"", html, StringComparison.Ordinal);
        Assert.Contains("Mei Tanaka", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.EndsWith($"/projects/{tide.Id}/{tide.Slug}", renamed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/projects/999999/nothing")).StatusCode);
    }

    [Fact]
    public async Task A_visitor_who_is_not_logged_in_is_offered_only_the_log_in_to_apply_link()
    {
        var tide = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "tide tables" })).Items.Single();

        var html = await app.CreateClient().GetStringAsync($"/projects/{tide.Id}/{tide.Slug}");

        var panel = Parse(html).QuerySelector("[data-testid=apply-panel]")!;
        Assert.Equal($"Account/Login?returnUrl=/projects/{tide.Id}/{tide.Slug}", panel.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(panel.QuerySelector("#apply-message"));
        Assert.Null(panel.QuerySelector("[data-testid=apply-send]"));
        // Nothing of the template's code leaks into the page (a stray brace once did, below the apply panel).
        Assert.DoesNotContain("}", Parse(html).QuerySelector(".dc-project-actions")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_image_is_served_at_each_width_as_WebP_with_nosniff_and_a_long_cache()
    {
        var png = TestImages.Png(1000, 500, red: 99);
        var owner = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery())).Items[0];
        var userId = (await app.GetService<ProjectService>().GetAsync(owner.Id))!.OwnerId;
        var hash = (await app.GetService<ImageUploadService>().UploadAsync(userId, new MemoryStream(png))).Hash!;
        var client = app.CreateClient();

        var response = await client.GetAsync($"/media/{hash}/320");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
        Assert.Contains("sandbox", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        using (var variant = TestImages.Decode(await response.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((320, 160), (variant.Width, variant.Height));
        }

        // The address pages linked to before widths existed answers with the largest: here the picture's own 1000 px.
        using (var largest = TestImages.Decode(await client.GetByteArrayAsync($"/media/{hash}")))
        {
            Assert.Equal(1000, largest.Width);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{hash}/100")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{hash}/abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/not-a-hash")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{new string('0', 64)}")).StatusCode);
    }

    [Fact]
    public async Task Someone_who_does_not_own_a_project_is_refused_its_edit_page()
    {
        var tide = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "tide tables" })).Items.Single();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("lucas-martin");

        var response = await client.GetAsync($"/projects/{tide.Id}/edit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Only the project's owner can change it.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"save-project\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_gets_the_edit_form_filled_with_the_project()
    {
        var tide = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "tide tables" })).Items.Single();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("mei-tanaka");

        var html = await client.GetStringAsync($"/projects/{tide.Id}/edit");

        Assert.Contains("value=\"Tide Tables\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"save-project\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_a_project_needs_a_login()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/projects/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class ApplicationPagesHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task Someone_elses_applications_page_is_a_404()
    {
        var tide = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "tide tables" })).Items.Single();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("lucas-martin");

        var response = await client.GetAsync($"/projects/{tide.Id}/applications".Replace("/projects/", "/my/projects/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_owner_gets_the_applications_page_of_their_project()
    {
        var tide = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "tide tables" })).Items.Single();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("mei-tanaka");

        var html = await client.GetStringAsync($"/my/projects/{tide.Id}/applications");

        Assert.Contains("Applications to Tide Tables", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_is_a_404_for_anyone_but_its_two_participants()
    {
        var tide = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "tide tables" })).Items.Single();
        var (conversation, _) = await app.GetService<DevConnect.Domain.Messaging.MessagingService>().ContactOwnerAsync(await UserIdOf("ethan-walker"), tide.Id);
        var outsider = app.CreateBrowserLikeClient();
        await outsider.LoginAsync("grace-kim");
        var owner = app.CreateBrowserLikeClient();
        await owner.LoginAsync("mei-tanaka");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/messages/{conversation}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/messages/{conversation}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserLikeClient().GetAsync($"/messages/{conversation}")).StatusCode);
    }

    private async Task<string> UserIdOf(string handle)
    {
        await using var db = await app.GetService<Microsoft.EntityFrameworkCore.IDbContextFactory<DevConnect.Domain.Persistence.DevConnectDbContext>>().CreateDbContextAsync();
        return db.Profiles.Single(p => p.Handle == handle).UserId;
    }
}
