using System.Diagnostics;
using System.Text.RegularExpressions;
using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DevConnect.Tests.Projects.Browser;

/// <summary>Two real browsers: an owner posts and edits a project, a visitor watches the feed and the page update live.</summary>
public sealed class ProjectLiveTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task A_project_posted_with_two_images_appears_in_a_watching_feed_and_its_edit_reaches_an_open_page()
    {
        await using var owner = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress);

        // The visitor watches the OCaml feed, which is empty in the demo data.
        await visitor.Page.GotoAsync("/projects?lang=ocaml");
        await visitor.WaitForInteractiveAsync();
        await visitor.Page.GetByText("Nothing found").WaitForAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.Page.EvaluateAsync("window.__noReload = true");

        // The owner posts a project through the real form.
        await owner.LogInAsync("ada");
        await owner.Page.GotoAsync("/projects/new");
        await owner.WaitForInteractiveAsync();
        await owner.AssertAccessibleAsync();
        await owner.Page.Locator("#project-name").FillAsync("Harbour Watch");
        await owner.Page.Locator("#project-summary").FillAsync("Live berth availability for small harbours");
        await owner.Page.Locator("#project-description").FillAsync("**Sailors** first.\n\n<script>alert('x')</script>");
        await owner.Page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        var preview = owner.Page.Locator("[data-testid=description-preview]");
        await preview.Locator("strong", new() { HasText = "Sailors" }).WaitForAsync();
        Assert.Equal(0, await preview.Locator("script").CountAsync());
        await owner.Page.GetByRole(AriaRole.Tab, new() { Name = "Write" }).ClickAsync();

        await owner.Page.Locator("#project-tag-input").FillAsync("OCaml");
        await owner.Page.Locator("#project-tag-input").PressAsync("Enter");
        await owner.Page.Locator("button[data-add-tag=rust]").ClickAsync();
        await owner.Page.Locator("#project-images").ChooseFilesAsync(
            new FilePayload { Name = "harbour.png", MimeType = "image/png", Buffer = TestImages.Png(64, 36, 14, 116, 144) },
            new FilePayload { Name = "berths.png", MimeType = "image/png", Buffer = TestImages.Png(64, 36, 234, 88, 12) });
        await owner.Page.Locator("[data-testid=editor-images] li").Nth(1).WaitForAsync();
        await owner.Page.GetByRole(AriaRole.Button, new() { Name = "Make image 2 the cover" }).ClickAsync();

        var posted = Stopwatch.StartNew();
        await owner.Page.Locator("[data-testid=save-project]").ClickAsync();
        await owner.WaitForUrlAsync(new Regex(@"/projects/\d+/harbour-watch$"));
        await owner.Page.Locator("[data-testid=project-name]", new() { HasText = "Harbour Watch" }).WaitForAsync();
        await owner.Page.Locator(".mud-snackbar", new() { HasText = "Your project is live." }).WaitForAsync();
        await owner.AssertAccessibleAsync();
        var projectUrl = owner.Page.Url;

        // Without a reload, the visitor's feed shows it.
        var card = visitor.Page.Locator("[data-testid=project-grid] article", new() { HasText = "Harbour Watch" });
        await card.WaitForAsync();
        TestContext.Current.SendDiagnosticMessage($"feed showed the new project {posted.ElapsedMilliseconds} ms after Save");
        Assert.True(await visitor.Page.EvaluateAsync<bool>("window.__noReload === true"), "the feed reloaded the page");
        // The feed's island shows its own results now; the page's, with "Nothing found", are out of date and hidden.
        Assert.False(await visitor.Page.GetByText("Nothing found").IsVisibleAsync(), "the page's stale results still show");
        var coverSrc = await card.Locator(".dc-project-cover img").GetAttributeAsync("src");
        Assert.Matches("^media/[0-9a-f]{64}/640$", coverSrc!);
        // The browser picks a width from srcset; the 64 px upload was never upscaled, so whichever it took is 64 px wide.
        Assert.Matches("/media/[0-9a-f]{64}/[0-9]+$", await card.Locator(".dc-project-cover img").EvaluateAsync<string>("img => img.currentSrc"));
        Assert.True(await card.Locator(".dc-project-cover img").EvaluateAsync<bool>(
            "img => img.decode().then(() => { const probe = new Image(); probe.src = img.currentSrc; return probe.decode().then(() => probe.naturalWidth === 64); })"));

        // Another language hides it.
        await visitor.Page.Locator("button[data-lang=ocaml]").ClickAsync();
        await visitor.WaitForAddressEndingAsync("/projects");
        await visitor.Page.Locator("button[data-lang=go]").ClickAsync();
        await visitor.WaitForAddressEndingAsync("/projects?lang=go");
        await visitor.Page.Locator("[data-testid=project-grid] article", new() { HasText = "Gopher Relay" }).WaitForAsync();
        Assert.Equal(0, await visitor.Page.Locator("[data-testid=project-grid] article", new() { HasText = "Harbour Watch" }).CountAsync());
        await visitor.AssertAccessibleAsync();

        // The visitor opens the project; the owner renames it; the open page follows.
        await visitor.Page.GotoAsync(projectUrl);
        await visitor.WaitForInteractiveAsync();
        await visitor.AssertAccessibleAsync();
        await owner.Page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await owner.Page.Locator("#project-name").WaitForAsync();
        await owner.WaitForInteractiveAsync();
        await owner.Page.Locator("#project-name").FillAsync("Harbour Watch Live");
        await owner.Page.Locator("[data-testid=save-project]").ClickAsync();
        await owner.WaitForUrlAsync(new Regex(@"/projects/\d+/harbour-watch-live$"));

        await visitor.Page.Locator("[data-testid=project-name]", new() { HasText = "Harbour Watch Live" }).WaitForAsync();
        await visitor.Page.Locator("[data-testid=updated-banner]").WaitForAsync();
        owner.AssertNoProblems();
        visitor.AssertNoProblems();
    }

    [Fact]
    public async Task A_refused_upload_and_a_missing_name_are_explained_at_their_fields()
    {
        await using var owner = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await owner.LogInAsync("lucas-martin");
        await owner.Page.GotoAsync("/projects/new");
        await owner.WaitForInteractiveAsync();

        await owner.Page.Locator("#project-images").ChooseFilesAsync(new FilePayload
        {
            Name = "logo.png", MimeType = "image/png", Buffer = TestImages.Svg(),
        });
        await owner.Page.Locator("[data-testid=images-error]", new() { HasText = "Only PNG, JPEG, WebP and GIF" }).WaitForAsync();

        await owner.Page.Locator("#project-summary").FillAsync("A summary without a name");
        await owner.Page.Locator("[data-testid=save-project]").ClickAsync();

        await owner.Page.GetByText("Give the project a name of 3 to 80 characters.").WaitForAsync();
        Assert.EndsWith("/projects/new", owner.Page.Url, StringComparison.Ordinal);
        await owner.AssertAccessibleAsync();
        owner.AssertNoProblems();
    }

    [Fact]
    public async Task Leaving_the_feed_drops_its_live_subscriptions()
    {
        var hub = (DevConnect.Domain.Live.InProcessLiveEvents)app.GetService<DevConnect.Domain.Live.ILiveEvents>();
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        var before = hub.SubscriberCount;

        await visitor.Page.GotoAsync("/projects");
        await visitor.WaitForInteractiveAsync();
        // The feed listens through one subscription for its three kinds of project events.
        await WaitUntilAsync(() => hub.SubscriberCount == before + 1);
        await visitor.Page.Locator(".dc-appbar-nav").GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "People", Level = 1 }).WaitForAsync();

        await WaitUntilAsync(() => hub.SubscriberCount == before);
        visitor.AssertNoProblems();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience.Wait;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"condition not met within {Patience.Wait.TotalSeconds} s");
            await Task.Delay(50);
        }
    }
}
