using System.Diagnostics;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DevConnect.Tests.Applications.Browser;

/// <summary>Two separate browsers: an applicant applies, the owner sees it arrive and accepts, the applicant sees the answer live.</summary>
public sealed class ApplicationLiveTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{

    [Fact]
    public async Task The_owner_sees_an_application_arrive_accepts_it_and_the_applicant_sees_the_answer_live()
    {
        var project = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "Open Pantry" })).Items.Single();
        await using var owner = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var applicant = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await owner.LogInAsync("ada");
        await owner.Page.GotoAsync($"/my/projects/{project.Id}/applications");
        await owner.WaitForInteractiveAsync();
        await owner.AssertAccessibleAsync();
        await owner.Page.EvaluateAsync("window.__noReload = true");

        await applicant.LogInAsync("kwame-mensah");
        await applicant.Page.GotoAsync($"/projects/{project.Id}/{project.Slug}");
        await applicant.WaitForInteractiveAsync();
        await applicant.Page.Locator("[data-testid=apply-open]").ClickAsync();
        await applicant.Page.Locator("button[data-role=frontend]").ClickAsync();
        await applicant.Page.Locator("#apply-message").FillAsync("Hi Ada! I am a junior Node developer and would love to learn Blazor on Open Pantry.");
        await applicant.AssertAccessibleAsync();
        var sent = Stopwatch.StartNew();
        await applicant.Page.Locator("[data-testid=apply-send]").ClickAsync();
        await applicant.Page.Locator("[data-testid=apply-state]", new() { HasText = "waiting for the owner" }).WaitForAsync();

        var card = owner.Page.Locator("[data-testid=owner-applications] .dc-application", new() { HasText = "Kwame Mensah" });
        await card.WaitForAsync();
        TestContext.Current.SendDiagnosticMessage($"the owner's page showed the application {sent.ElapsedMilliseconds} ms after Send");
        Assert.True(await owner.Page.EvaluateAsync<bool>("window.__noReload === true"), "the owner's page reloaded");
        Assert.Contains("dc-application-new", await card.GetAttributeAsync("class"), StringComparison.Ordinal);
        await owner.Page.Locator("[data-testid=pending-badge]").First.WaitForAsync();
        await owner.Page.Locator("[data-testid=bell-count]").WaitForAsync();

        await card.Locator("input").FillAsync("Welcome! Let's pair on Thursday.");
        await card.Locator("[data-testid=accept]").ClickAsync();

        await applicant.Page.Locator("[data-testid=apply-state]", new() { HasText = "on this project's team" }).WaitForAsync();
        await applicant.Page.Locator("[data-testid=team-card]", new() { HasText = "Kwame Mensah" }).WaitForAsync();
        await applicant.Page.GotoAsync("/my/applications");
        await applicant.Page.Locator("[data-testid=my-applications] [data-testid=application-status]", new() { HasText = "Accepted" }).WaitForAsync();
        await applicant.Page.GetByText("Welcome! Let's pair on Thursday.").WaitForAsync();
        await applicant.Page.Locator("[data-testid=bell-count]").WaitForAsync();
        await applicant.AssertAccessibleAsync();

        // They talk in the application's private conversation, live both ways.
        await applicant.Page.Locator("[data-testid=my-applications] [data-testid=open-conversation]").First.ClickAsync();
        await applicant.Page.Locator("[data-testid=messages]").WaitForAsync();
        await applicant.WaitForInteractiveAsync();
        var conversationUrl = applicant.Page.Url;
        await owner.Page.GotoAsync(conversationUrl);
        await owner.WaitForInteractiveAsync();
        await owner.Page.Locator("[data-testid=messages] li", new() { HasText = "would love to learn Blazor" }).WaitForAsync();

        await applicant.Page.Locator("#message-input").FillAsync("Thanks Ada, see you **Thursday**!");
        await applicant.Page.Locator("[data-testid=send-message]").ClickAsync();
        await owner.Page.Locator("[data-testid=messages] li strong", new() { HasText = "Thursday" }).WaitForAsync();

        await owner.Page.Locator("#message-input").FillAsync("Great, I'll send the invite.");
        await owner.Page.Locator("[data-testid=send-message]").ClickAsync();
        await applicant.Page.Locator("[data-testid=messages] li", new() { HasText = "I'll send the invite" }).WaitForAsync();
        await owner.Page.Locator("[data-testid=seen]").WaitForAsync();
        await owner.AssertAccessibleAsync();

        // A member can leave; the team card follows.
        await applicant.Page.GotoAsync($"/projects/{project.Id}/{project.Slug}");
        await applicant.WaitForInteractiveAsync();
        await applicant.Page.Locator("[data-testid=team-card] [data-testid=leave-team]").ClickAsync();
        await applicant.Page.Locator("[data-testid=team-card]", new() { HasNotText = "Kwame Mensah" }).WaitForAsync();
        owner.AssertNoProblems();
        applicant.AssertNoProblems();
    }
}
