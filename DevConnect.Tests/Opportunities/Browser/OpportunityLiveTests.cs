using System.Text.RegularExpressions;
using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DevConnect.Tests.Opportunities.Browser;

/// <summary>
/// Two separate browsers: an organization's admin publishes an opportunity, a junior watching /opportunities sees it
/// arrive, applies, the admin sees the application arrive and accepts it, the junior sees the answer, and they talk.
/// </summary>
public sealed partial class OpportunityLiveTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [GeneratedRegex(@"/opportunities/(\d+)$")]
    private static partial Regex OpportunityPage();

    [Fact]
    public async Task A_published_opportunity_reaches_a_junior_live_and_the_organization_sees_the_application_arrive()
    {
        await using var admin = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var junior = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await junior.LogInAsync("lucas-martin");
        await junior.Page.GotoAsync("/opportunities");
        await junior.WaitForInteractiveAsync();
        await junior.AssertAccessibleAsync();
        await junior.Page.EvaluateAsync("window.__noReload = true");

        await admin.LogInAsync("tomasz-kowalski");
        await admin.Page.GotoAsync("/companies/nordlight/opportunities/new");
        await admin.WaitForInteractiveAsync();
        await admin.Page.Locator("#opportunity-title").FillAsync("Junior Rust developer for the maps team");
        await admin.Page.Locator("#opportunity-description").FillAsync("Build **offline maps** with a senior at your side.");
        await admin.Page.Locator("#opportunity-skills").FillAsync("Rust, Go");
        await admin.AssertAccessibleAsync();
        await admin.Page.Locator("[data-testid=opportunity-save]").ClickAsync();
        await admin.WaitForUrlAsync(OpportunityPage());
        var id = OpportunityPage().Match(admin.Page.Url).Groups[1].Value;

        // The junior's open list shows it without a reload, marked as new.
        var card = junior.Page.Locator("[data-testid=opportunities-list] .dc-opportunity-new", new() { HasText = "Junior Rust developer for the maps team" });
        await card.WaitForAsync();
        Assert.True(await junior.Page.EvaluateAsync<bool>("window.__noReload === true"), "the junior's list reloaded");

        await admin.Page.GotoAsync($"/companies/nordlight/opportunities/{id}/applications");
        await admin.WaitForInteractiveAsync();
        await admin.Page.EvaluateAsync("window.__noReload = true");

        await card.ClickAsync();
        await junior.Page.Locator("h1", new() { HasText = "Junior Rust developer for the maps team" }).WaitForAsync();
        await junior.WaitForInteractiveAsync();
        await junior.Page.Locator("#opportunity-message").FillAsync("Hi! I am a junior front-end developer learning Rust and I would love to join your maps team.");
        await junior.AssertAccessibleAsync();
        await junior.Page.Locator("[data-testid=opportunity-apply-send]").ClickAsync();
        await junior.Page.Locator("[data-testid=opportunity-apply-state]").WaitForAsync();

        // The organization sees it arrive, with the applicant's profile and team record.
        var application = admin.Page.Locator("[data-testid=opportunity-applications] .dc-application-new", new() { HasText = "Lucas Martin" });
        await application.WaitForAsync();
        Assert.True(await admin.Page.EvaluateAsync<bool>("window.__noReload === true"), "the admin's page reloaded");
        await application.Locator("[data-testid=applicant-team-record]").WaitForAsync();
        Assert.Equal("u/lucas-martin", await application.Locator("[data-testid=applicant-profile]").GetAttributeAsync("href"));
        await admin.AssertAccessibleAsync();

        await junior.Page.GotoAsync("/my/applications?tab=opportunities");
        await junior.WaitForInteractiveAsync();
        var mine = junior.Page.Locator("[data-testid=my-opportunity-applications] .dc-application", new() { HasText = "Junior Rust developer for the maps team" });
        await mine.Locator("[data-testid=application-status]", new() { HasText = "Pending" }).WaitForAsync();

        await application.Locator("input").FillAsync("Welcome! Let's talk on Monday.");
        await application.Locator("[data-testid=accept]").ClickAsync();
        await mine.Locator("[data-testid=application-status]", new() { HasText = "Accepted" }).WaitForAsync();
        await junior.Page.GetByText("Welcome! Let's talk on Monday.").WaitForAsync();

        // They talk in the application's conversation, live both ways.
        await mine.Locator("[data-testid=open-conversation]").ClickAsync();
        await junior.Page.Locator("[data-testid=messages]").WaitForAsync();
        await junior.WaitForInteractiveAsync();
        await admin.Page.GotoAsync(junior.Page.Url);
        await admin.WaitForInteractiveAsync();
        await admin.Page.Locator("[data-testid=messages] li", new() { HasText = "learning Rust" }).WaitForAsync();

        await junior.Page.Locator("#message-input").FillAsync("Thank you, see you **Monday**!");
        await junior.Page.Locator("[data-testid=send-message]").ClickAsync();
        await admin.Page.Locator("[data-testid=messages] li strong", new() { HasText = "Monday" }).WaitForAsync();
        await admin.Page.Locator("#message-input").FillAsync("Great, I'll send the details.");
        await admin.Page.Locator("[data-testid=send-message]").ClickAsync();
        await junior.Page.Locator("[data-testid=messages] li", new() { HasText = "I'll send the details" }).WaitForAsync();
        admin.AssertNoProblems();
        junior.AssertNoProblems();
    }

    [Fact]
    public async Task Closing_an_opportunity_takes_it_off_an_open_list()
    {
        await using var admin = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var visitor = await BrowserPage.OpenAsync(browser, app.BaseAddress, width: 390, height: 844);
        await visitor.Page.GotoAsync("/opportunities?type=freelance-mission");
        await visitor.WaitForInteractiveAsync();
        var card = visitor.Page.Locator("[data-testid=opportunities-list] .dc-opportunity-card", new() { HasText = "accessibility audit" });
        await card.WaitForAsync();
        await visitor.AssertAccessibleAsync();
        var href = await card.GetAttributeAsync("href");

        await admin.LogInAsync("ada");
        await admin.Page.GotoAsync("/" + href);
        await admin.WaitForInteractiveAsync();
        await admin.Page.Locator("[data-testid=opportunity-toggle]").ClickAsync();
        await admin.Page.Locator("[data-testid=opportunity-closed]").WaitForAsync();

        await visitor.Page.Locator("[data-testid=opportunities-count]", new() { HasText = "0 opportunities" }).WaitForAsync();
        Assert.Equal(0, await card.CountAsync());
        await admin.Page.Locator("[data-testid=opportunity-toggle]").ClickAsync();
        await card.WaitForAsync();
        admin.AssertNoProblems();
        visitor.AssertNoProblems();
    }
}
