using System.Net;
using DevConnect.Domain.Moderation;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Moderation;

/// <summary>The dashboard, sign-in refusal and hidden pages over HTTP, against the demo community (whose moderator is also its administrator).</summary>
public sealed class AdminHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task A_visitor_is_sent_to_log_in()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_member_who_is_not_a_moderator_gets_the_same_404_as_an_unknown_address()
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("ada");

        var admin = await client.GetAsync("/admin");
        var unknown = await client.GetAsync("/no-such-page-anywhere");

        Assert.Equal(HttpStatusCode.NotFound, admin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var page = await admin.Content.ReadAsStringAsync();
        Assert.Contains("<title>Page not found", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Moderation", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_moderator_sees_the_queue_with_the_demo_reports()
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("moderator");

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"moderation-queue\"", page, StringComparison.Ordinal);
        Assert.Contains("Gopher Relay", page, StringComparison.Ordinal);
        Assert.Contains("Keeps asking for my phone number", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suspended_member_is_signed_out_and_refused_at_sign_in_with_the_reason_why()
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync("grace-kim");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/my/projects")).StatusCode);

        var result = await app.GetService<MemberModerationService>().SuspendAsync(await IdOfAsync("moderator"), await IdOfAsync("grace-kim"), TimeSpan.FromDays(3), "Spam");

        Assert.True(result.Succeeded);
        var after = await client.GetAsync("/my/projects");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        var login = await (await HtmlForm.LoadAsync(client, "/Account/Login"))
            .Set("Input.Email", "grace-kim@demo.devconnect.local").Set("Input.Password", DevConnect.Domain.Seeding.DemoDataSeeder.DemoPassword).PostAsync(client);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("This account is suspended until", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hidden_project_page_is_a_404_for_a_visitor_and_explained_to_its_owner()
    {
        var project = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "Plant Pal" })).Items.Single();
        var hidden = await app.GetService<ModerationService>().HideAsync(await IdOfAsync("moderator"), ReportedItemKind.Project, ModerationSetup.Id(project.Id), "Copied from another site");
        Assert.True(hidden.Succeeded);

        var visitor = await app.CreateBrowserLikeClient().GetAsync($"/projects/{project.Id}/{project.Slug}");
        var owner = app.CreateBrowserLikeClient();
        await owner.LoginAsync("lucas-martin");
        var ownPage = await owner.GetStringAsync($"/projects/{project.Id}/{project.Slug}");

        Assert.Equal(HttpStatusCode.NotFound, visitor.StatusCode);
        Assert.Contains("Hidden by the moderators: Copied from another site", ownPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Plant Pal", await app.CreateClient().GetStringAsync("/projects"), StringComparison.Ordinal);
    }

    private async Task<string> IdOfAsync(string handle)
    {
        await using var db = await app.GetService<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        return await db.Profiles.Where(p => p.Handle == handle).Select(p => p.UserId).SingleAsync();
    }
}
