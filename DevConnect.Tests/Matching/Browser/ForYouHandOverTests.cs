using DevConnect.Domain.Matching;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DevConnect.Tests.Matching.Browser;

/// <summary>
/// The home page's "For you" strip is ranked while the page is drawn, and the circuit that takes the strip over a
/// moment later reads the ranking kept then, unless something changed it in between. Each test holds the circuit
/// back (its SignalR negotiation waits) to act in that moment.
/// </summary>
public sealed class ForYouHandOverTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task A_suggestion_dismissed_in_another_tab_before_the_strip_goes_live_is_gone_from_the_live_strip()
    {
        await using var member = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await member.LogInAsync("kwame-mensah");
        var circuit = await HoldCircuitsAsync(member);
        await member.Page.GotoAsync("/");
        var first = await member.Page.Locator("[data-testid=home-for-you] [data-suggestion]").First.GetAttributeAsync("data-suggestion");

        // "Not for me" from another tab while this page's circuit is still connecting: it is not listening yet.
        var kwame = (await app.GetService<ProfileService>().GetPublicAsync("kwame-mensah"))!.UserId;
        Assert.True((await app.GetService<MatchingService>().DismissAsync(kwame, int.Parse(first!, System.Globalization.CultureInfo.InvariantCulture))).Succeeded);
        circuit.SetResult();

        var strip = member.Page.Locator("[data-testid=home-for-you][data-island][data-interactive=true]");
        await strip.Locator("[data-suggestion]").First.WaitForAsync();
        Assert.Equal(0, await strip.Locator($"[data-suggestion='{first}']").CountAsync());
        member.AssertNoProblems();
    }

    [Fact]
    public async Task A_project_published_before_the_circuit_starts_listening_still_reaches_the_strip()
    {
        var ada = (await app.GetService<ProfileService>().GetPublicAsync("ada"))!.UserId;
        await using var member = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await member.LogInAsync("mei-tanaka");
        var circuit = await HoldCircuitsAsync(member);
        await member.Page.GotoAsync("/");
        await member.Page.Locator("[data-testid=home-for-you] [data-suggestion]").First.WaitForAsync();

        var published = await app.GetService<ProjectService>().CreateAsync(ada, new ProjectDraft
        {
            Name = "Harbour Buoy Firmware",
            Summary = "Rust firmware for harbour buoys, written as a team",
            // Everything Mei knows, so that it ranks among the strip's three.
            Tags = ["rust", "embedded", "wasm", "c"],
            Status = ProjectStatus.Recruiting,
            Roles = [new RoleDraft("backend", false)],
        });
        Assert.True(published.Succeeded);
        circuit.SetResult();

        // The live event went out before the circuit listened; the strip has it because the circuit ranked again.
        var strip = member.Page.Locator("[data-testid=home-for-you][data-island][data-interactive=true]");
        await strip.Locator($"[data-suggestion='{published.ProjectId}']").WaitForAsync();
        member.AssertNoProblems();
    }

    // The page's circuits wait at their SignalR negotiation until the returned gate opens.
    private static async Task<TaskCompletionSource> HoldCircuitsAsync(BrowserPage page)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.Page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await gate.Task;
            await route.ContinueAsync();
        });
        return gate;
    }
}
