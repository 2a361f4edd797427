using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DevConnect.Tests.Moderation.Browser;

/// <summary>Real browsers: a member reports, the moderator's open queue shows it; the moderator hides, a visitor's open feed loses it.</summary>
public sealed class ModerationLiveTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task A_report_sent_from_a_project_page_arrives_in_the_moderators_open_queue()
    {
        var project = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "Tide Tables" })).Items.Single();
        await using var moderator = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var member = await BrowserPage.OpenAsync(browser, app.BaseAddress, width: 390, height: 844);
        await moderator.LogInAsync("moderator");
        await moderator.Page.GotoAsync("/admin");
        await moderator.WaitForInteractiveAsync();
        await moderator.Page.Locator("[data-testid=moderation-queue]").WaitForAsync();
        await moderator.AssertAccessibleAsync();
        await moderator.Page.EvaluateAsync("window.__noReload = true");

        await member.LogInAsync("sofia-rossi");
        await member.Page.GotoAsync($"/projects/{project.Id}/{project.Slug}");
        await member.WaitForInteractiveAsync();
        await member.Page.Locator("[data-testid=report-button]").ClickAsync();
        await member.Page.GetByText("Harassment or bullying").ClickAsync();
        await member.Page.Locator("#report-details").FillAsync("The owner insulted me in the team chat.");
        await member.AssertAccessibleAsync();
        await member.Page.Locator("[data-testid=report-send]").ClickAsync();
        await member.Page.GetByText("your report was sent to the moderators").WaitForAsync();

        var item = moderator.Page.Locator($"[data-testid=queue-item][data-item='Project:{project.Id}']");
        await item.Locator("[data-testid=queue-report]", new() { HasText = "The owner insulted me in the team chat." }).WaitForAsync();
        Assert.Contains("Harassment or bullying", await item.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await moderator.Page.EvaluateAsync<bool>("window.__noReload === true"), "the dashboard reloaded");
        moderator.AssertNoProblems();
        member.AssertNoProblems();
    }

    [Fact]
    public async Task A_project_the_moderator_hides_vanishes_from_a_visitors_open_feed()
    {
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var moderator = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await visitor.Page.GotoAsync("/projects?lang=go");
        await visitor.WaitForInteractiveAsync();
        var card = visitor.Page.Locator("[data-testid=project-grid] article", new() { HasText = "Gopher Relay" });
        await card.WaitForAsync();
        await visitor.Page.EvaluateAsync("window.__noReload = true");

        await moderator.LogInAsync("moderator");
        await moderator.Page.GotoAsync("/admin");
        await moderator.WaitForInteractiveAsync();
        var item = moderator.Page.Locator("[data-testid=queue-item]", new() { HasText = "Gopher Relay" });
        await item.Locator("[data-testid=hide]").ClickAsync();
        await moderator.Page.Locator("#moderation-reason").FillAsync("Advertising a paid hosting service");
        await moderator.AssertAccessibleAsync();
        await moderator.Page.Locator("[data-testid=confirm-action]").ClickAsync();

        // The page's own results stay in the document, hidden, once the feed's island shows results of its own.
        await card.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await item.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.True(await visitor.Page.EvaluateAsync<bool>("window.__noReload === true"), "the feed reloaded");
        await moderator.Page.GetByRole(AriaRole.Tab, new() { Name = "Audit log" }).ClickAsync();
        await moderator.Page.Locator("[data-testid=audit-log] tr", new() { HasText = "Advertising a paid hosting service" }).WaitForAsync();
        visitor.AssertNoProblems();
        moderator.AssertNoProblems();
    }
}
