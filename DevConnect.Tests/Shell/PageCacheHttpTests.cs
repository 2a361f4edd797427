using System.Net;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Shell;

/// <summary>
/// Anonymous pages come from the output cache (an <c>Age</c> header and the very same bytes say so), are evicted by
/// the live events, never mix languages or themes, and are never what a signed-in member gets.
/// </summary>
public sealed class PageCacheHttpTests(PageCacheHttpTests.CachedApp app) : IClassFixture<PageCacheHttpTests.CachedApp>
{
    /// <summary>Entries live long enough here that only an eviction, never expiry, can explain a fresh page.</summary>
    public sealed class CachedApp : DevConnectAppFactory
    {
        public CachedApp()
        {
            SeedDemoData = true;
            Settings["PageCache:Duration"] = "00:02:00";
        }
    }

    [Fact]
    public async Task An_anonymous_page_is_served_again_from_the_cache_byte_for_byte_and_sets_no_cookie()
    {
        var client = app.CreateBrowserLikeClient();

        var first = await client.GetAsync("/projects?sort=updated");
        var second = await client.GetAsync("/projects?sort=updated");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("Set-Cookie"), "a page served to everyone must not set anyone's cookie");
        Assert.Contains("<!--Blazor:{\"type\":\"server\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_a_project_through_the_service_evicts_the_feed_and_the_home_page()
    {
        var client = app.CreateClient();
        await CachedAsync(client, "/projects");
        await CachedAsync(client, "/");
        var adaId = await UserIdOf("ada");

        var saved = await app.GetService<ProjectService>().CreateAsync(adaId, new ProjectDraft
        {
            Name = "Lighthouse Logbook",
            Summary = "A shared logbook for volunteer lighthouse keepers",
            Description = "Keepers write down what they saw.",
            Tags = ["csharp"],
        });

        Assert.True(saved.Succeeded);
        Assert.Contains("Lighthouse Logbook", await EventuallyContainingAsync(client, "/projects", "Lighthouse Logbook"), StringComparison.Ordinal);
        Assert.Contains("Lighthouse Logbook", await EventuallyContainingAsync(client, "/", "Lighthouse Logbook"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_project_evicts_its_page_and_saving_a_profile_evicts_that_profile()
    {
        var client = app.CreateClient();
        var projects = app.GetService<ProjectService>();
        var tide = (await projects.SearchAsync(new ProjectQuery { Text = "tide tables" })).Items.Single();
        var meiId = await UserIdOf("mei-tanaka");
        var path = $"/projects/{tide.Id}/{tide.Slug}";
        await CachedAsync(client, path);
        await CachedAsync(client, "/u/mei-tanaka");

        var (draft, version) = (await projects.GetForEditAsync(meiId, tide.Id)).Value!;
        Assert.True((await projects.UpdateAsync(meiId, tide.Id, version, draft! with { Summary = "Tide tables for every harbour, now offline" })).Succeeded);
        var profiles = app.GetService<ProfileEditService>();
        var mine = (await profiles.GetDraftAsync(meiId))!.Value;
        Assert.True((await profiles.UpdateAsync(meiId, "mei-tanaka", mine.Version, mine.Draft with { Headline = "Rust, tides and lighthouses" })).Succeeded);

        Assert.Contains("now offline", await EventuallyContainingAsync(client, path, "now offline"), StringComparison.Ordinal);
        Assert.Contains("Rust, tides and lighthouses", await EventuallyContainingAsync(client, "/u/mei-tanaka", "Rust, tides and lighthouses"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_member_never_gets_the_cached_anonymous_page_and_never_fills_the_cache()
    {
        var anonymous = app.CreateClient();
        await CachedAsync(anonymous, "/people");
        var member = app.CreateBrowserLikeClient();
        await member.LoginAsync("lucas-martin");

        var first = await member.GetAsync("/people");
        var second = await member.GetAsync("/people");
        var afterwards = await anonymous.GetAsync("/people");

        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        Assert.Contains("href=\"my/notifications\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"Account/Register\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(afterwards.Headers.Age);
        Assert.Contains("href=\"Account/Register\"", await afterwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"my/notifications\"", await afterwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task French_and_English_and_dark_and_light_pages_are_cached_apart()
    {
        var client = app.CreateClient();

        var english = await GetTwiceAsync(client, "/u/ada", "en-US,en;q=0.9", theme: null);
        var french = await GetTwiceAsync(client, "/u/ada", "fr-FR,fr;q=0.9", theme: null);
        var frenchByCookie = await GetTwiceAsync(client, "/u/ada", "en-US", theme: null, culture: "c=fr|uic=fr");
        var dark = await GetTwiceAsync(client, "/u/ada", "en-US", theme: "dark");

        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\"", french, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\"", frenchByCookie, StringComparison.Ordinal);
        Assert.Contains("class=\"dc-light\"", english, StringComparison.Ordinal);
        Assert.Contains("class=\"dc-light\"", french, StringComparison.Ordinal);
        Assert.Contains("class=\"dc-dark\"", dark, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", dark, StringComparison.Ordinal);
    }

    // Fetches twice and returns the second copy, which must come from the cache.
    private static async Task<string> GetTwiceAsync(HttpClient client, string path, string acceptLanguage, string? theme, string? culture = null)
    {
        HttpResponseMessage response = null!;
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Accept-Language", acceptLanguage);
            var cookies = new List<string>();
            if (theme is not null)
            {
                cookies.Add($"dc-theme={theme}");
            }

            if (culture is not null)
            {
                cookies.Add($".AspNetCore.Culture={Uri.EscapeDataString(culture)}");
            }

            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies));
            }

            response = await client.SendAsync(request);
        }

        Assert.NotNull(response.Headers.Age);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task CachedAsync(HttpClient client, string path)
    {
        await client.GetStringAsync(path);
        Assert.NotNull((await client.GetAsync(path)).Headers.Age);
    }

    // Live events may be delivered just after the save returns; quick reads wait for the eviction.
    private static async Task<string> EventuallyContainingAsync(HttpClient client, string path, string text)
    {
        var deadline = DateTime.UtcNow + Patience.Wait;
        var html = await client.GetStringAsync(path);
        while (!html.Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            html = await client.GetStringAsync(path);
        }

        return html;
    }

    private async Task<string> UserIdOf(string handle)
    {
        await using var db = await app.GetService<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        return await db.Profiles.Where(p => p.Handle == handle).Select(p => p.UserId).SingleAsync();
    }
}
