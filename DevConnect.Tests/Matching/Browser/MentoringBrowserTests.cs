using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DevConnect.Tests.Matching.Browser;

/// <summary>
/// Two browsers on the demo community: Chloé, a junior who writes Go, finds Lena (a lead who offers mentoring, same
/// time zone) on /mentoring and asks her; Lena is told, sees who asked on her own /mentoring, and reads the message.
/// </summary>
public sealed class MentoringBrowserTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task A_junior_asks_a_senior_in_their_language_for_mentoring_and_the_senior_sees_who_asked_and_the_message()
    {
        await using var mentor = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var junior = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await mentor.LogInAsync("lena-novak");
        await mentor.Page.GotoAsync("/");
        await mentor.WaitForInteractiveAsync();
        var bell = mentor.Page.Locator("[data-testid=bell-count]");
        var bellBefore = await bell.CountAsync() == 0 ? 0 : int.Parse(await bell.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        // The junior reaches the page from the app bar's Mentoring entry.
        await junior.LogInAsync("chloe-dubois");
        await junior.WaitForInteractiveAsync();
        await junior.Page.Locator(".dc-appbar-nav").GetByRole(AriaRole.Link, new() { Name = "Mentoring" }).ClickAsync();
        await junior.Page.GetByRole(AriaRole.Heading, new() { Name = "Mentoring", Level = 1 }).WaitForAsync();
        var lena = junior.Page.Locator("[data-testid=mentors] [data-mentor=lena-novak]");
        await Expect(lena.Locator("[data-testid=mentor-reason]")).ToHaveTextAsync("Knows Go · same time zone");
        await junior.WaitForInteractiveAsync();
        await junior.AssertAccessibleAsync();

        await lena.Locator("[data-testid=ask-mentoring]").ClickAsync();

        await junior.WaitForUrlAsync(new("/messages/[0-9]+$"));
        await Expect(junior.Page.Locator("[data-testid=conversation-subject]")).ToHaveTextAsync("Mentoring in Go for Chloé Dubois");
        await junior.Page.Locator("[data-testid=messages] li", new() { HasText = "Hello Lena Novak, I am looking for a mentor in Go." }).WaitForAsync();
        var conversation = new Uri(junior.Page.Url).AbsolutePath;

        // The mentor's open page is told; her own /mentoring lists who asked and leads to the message.
        await Expect(bell).ToHaveTextAsync((bellBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await mentor.Page.GotoAsync("/mentoring");
        await mentor.WaitForInteractiveAsync();
        var asked = mentor.Page.Locator("[data-testid=mentoring-asked] [data-asked=chloe-dubois]");
        await Expect(asked).ToContainTextAsync("Chloé Dubois");
        await Expect(asked).ToContainTextAsync("Junior");
        await mentor.AssertAccessibleAsync();
        await asked.GetByRole(AriaRole.Link, new() { Name = "Reply" }).ClickAsync();
        await mentor.WaitForUrlAsync(new(conversation + "$"));
        await mentor.Page.Locator("[data-testid=messages] li", new() { HasText = "Would you have some time to help me?" }).WaitForAsync();
        await Expect(mentor.Page.Locator("[data-testid=conversation-subject]")).ToHaveTextAsync("Mentoring in Go for Chloé Dubois");
        junior.AssertNoProblems();
        mentor.AssertNoProblems();
    }
}
