using System.Text.RegularExpressions;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DevConnect.Tests.GitHub.Browser;

/// <summary>Linking a repository fills the project page in live, from the fake GitHub API (never the internet).</summary>
public sealed class GitHubLiveTests(BrowserFixture browser, GitHubLiveTests.GitHubLiveApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<GitHubLiveTests.GitHubLiveApp>
{
    public sealed class GitHubLiveApp : LiveAppFactory, IAsyncLifetime
    {
        public GitHubLiveApp() => SeedDemoData = true;

        public FakeGitHub GitHub { get; private set; } = default!;

        public async ValueTask InitializeAsync()
        {
            GitHub = await FakeGitHub.StartAsync();
            GitHub.ServeRepository("PyGithub/PyGithub", "repo-get-200-public-2026");
            GitHubApi = GitHub.BaseAddress;
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await GitHub.DisposeAsync();
        }
    }

    [Fact]
    public async Task Setting_the_repository_link_fills_in_stars_and_the_language_bar_live()
    {
        var project = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "Postgres Query Coach" })).Items.Single();
        await using var owner = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await visitor.Page.GotoAsync($"/projects/{project.Id}/{project.Slug}");
        await visitor.WaitForInteractiveAsync();
        await visitor.Page.GetByText("No repository linked yet.").WaitForAsync();

        await owner.LogInAsync("ada");
        await owner.Page.GotoAsync($"/projects/{project.Id}/edit");
        await owner.WaitForInteractiveAsync();
        await owner.Page.Locator("#project-github").FillAsync("https://github.com/PyGithub/PyGithub");
        await owner.Page.Locator("[data-testid=save-project]").ClickAsync();
        await owner.WaitForUrlAsync(new Regex($@"/projects/{project.Id}/"));

        foreach (var tab in new[] { owner, visitor })
        {
            await tab.Page.Locator("[data-testid=github-stars]", new() { HasText = "7,701" }).WaitForAsync();
            var bar = tab.Page.Locator("[data-testid=github-languages]");
            await bar.WaitForAsync();
            Assert.Contains("Python 99.5%", await bar.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        }

        Assert.True(app.GitHub.CountRequests("/repos/PyGithub/PyGithub") >= 1);
        await visitor.AssertAccessibleAsync();
        owner.AssertNoProblems();
        visitor.AssertNoProblems();
    }
}
