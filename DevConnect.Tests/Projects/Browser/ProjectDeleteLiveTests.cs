using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DevConnect.Tests.Projects.Browser;

/// <summary>
/// The project page's island brings its own dialog and toasts: the owner deletes from the page, a visitor's open page
/// says the project is gone.
/// </summary>
public sealed class ProjectDeleteLiveTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task The_owner_deletes_a_project_from_its_page_and_a_visitor_s_open_page_says_it_was_deleted()
    {
        var saved = await app.GetService<ProjectService>().CreateAsync(await UserIdOf("ada"), new ProjectDraft
        {
            Name = "Tram Stop Clock",
            Summary = "Live departure boards for small tram networks",
            Tags = ["csharp"],
        });
        var path = $"/projects/{saved.ProjectId}/{saved.Slug}";
        await using var owner = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await visitor.Page.GotoAsync(path);
        await visitor.WaitForInteractiveAsync();
        await visitor.Page.EvaluateAsync("window.__noReload = true");

        await owner.LogInAsync("ada");
        await owner.Page.GotoAsync(path);
        await owner.WaitForInteractiveAsync();
        await owner.Page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        var dialog = owner.Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByText("Delete \"Tram Stop Clock\"?").WaitForAsync();
        await owner.AssertAccessibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await owner.WaitForAddressEndingAsync("/my/projects");
        await owner.Page.Locator(".mud-snackbar", new() { HasText = "\"Tram Stop Clock\" was deleted." }).WaitForAsync();
        await visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "This project was deleted", Level = 1 }).WaitForAsync();
        Assert.True(await visitor.Page.EvaluateAsync<bool>("window.__noReload === true"), "the visitor's page reloaded");
        await visitor.AssertAccessibleAsync();
        owner.AssertNoProblems();
        visitor.AssertNoProblems();
    }

    private async Task<string> UserIdOf(string handle)
    {
        await using var db = await app.GetService<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        return await db.Profiles.Where(p => p.Handle == handle).Select(p => p.UserId).SingleAsync();
    }
}
