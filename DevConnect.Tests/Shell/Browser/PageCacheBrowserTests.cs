using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DevConnect.Tests.Shell.Browser;

/// <summary>
/// A cached prerendered page is a working page: two browsers get the very same HTML and both start circuits from
/// it. And one client address may hold only so many circuits: one more tab is told why it does not work.
/// </summary>
public sealed class PageCacheBrowserTests(BrowserFixture browser, PageCacheBrowserTests.LimitedApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<PageCacheBrowserTests.LimitedApp>
{
    public sealed class LimitedApp : LiveAppFactory
    {
        public LimitedApp()
        {
            SeedDemoData = true;
            Settings["PageCache:Duration"] = "00:02:00";
            Settings["Circuits:MaxPerClient"] = "2";
            // Short, so a closed tab's circuit is released soon after its socket goes.
            Settings["Circuits:DisconnectedRetention"] = "00:00:02";
        }
    }

    [Fact]
    public async Task Two_browsers_start_circuits_from_the_same_cached_feed_and_a_third_tab_is_told_there_are_too_many()
    {
        await using var first = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var second = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var third = await BrowserPage.OpenAsync(browser, app.BaseAddress);

        var firstResponse = (await first.Page.GotoAsync("/projects"))!;
        await first.WaitForInteractiveAsync();
        var secondResponse = (await second.Page.GotoAsync("/projects"))!;
        await second.WaitForInteractiveAsync();

        Assert.True((await secondResponse.AllHeadersAsync()).ContainsKey("age"), "the second copy should come from the cache");
        Assert.Equal(await firstResponse.TextAsync(), await secondResponse.TextAsync());
        // Both circuits answer: a filter click re-renders each feed from the server.
        foreach (var page in new[] { first.Page, second.Page })
        {
            // On a loaded machine the first click can land before the circuit wires the chip's handler; a person
            // would click again, and so does the test (at most three times, as in ProfileLiveTests).
            for (var attempt = 0; attempt < 3 && !page.Url.EndsWith("/projects?lang=rust", StringComparison.Ordinal); attempt++)
            {
                await page.Locator("button[data-lang=rust]").ClickAsync();
                try
                {
                    await page.WaitForFunctionAsync("suffix => location.href.endsWith(suffix)", "/projects?lang=rust", new() { Timeout = Patience.Milliseconds });
                }
                catch (TimeoutException) when (attempt < 2)
                {
                }
            }

            await page.Locator("button[data-lang=rust][aria-pressed=true]").WaitForAsync();
        }

        // A third circuit from the same address is over the limit of two: the tab says so instead of the page.
        await third.Page.GotoAsync("/people");
        var notice = third.Page.Locator("[data-testid=too-many-tabs]");
        await notice.WaitForAsync();
        Assert.Contains("already open in 2 tabs", await notice.InnerTextAsync(), StringComparison.Ordinal);
        await third.AssertAccessibleAsync();

        // Once the visitor closes a tab, reloading the refused one brings the page back.
        await first.Page.CloseAsync();
        var admitted = false;
        var deadline = DateTime.UtcNow + Patience.Wait;
        while (!admitted && DateTime.UtcNow < deadline)
        {
            await third.Page.ReloadAsync();
            await third.WaitForInteractiveAsync();
            admitted = await third.Page.Locator("[data-testid=too-many-tabs]").CountAsync() == 0;
            if (!admitted)
            {
                await Task.Delay(500);
            }
        }

        Assert.True(admitted, "the refused tab should be admitted once another tab is closed");
        await third.Page.GetByRole(AriaRole.Heading, new() { Name = "People", Level = 1 }).WaitForAsync();
        second.AssertNoProblems();
        third.AssertNoProblems();
    }
}
