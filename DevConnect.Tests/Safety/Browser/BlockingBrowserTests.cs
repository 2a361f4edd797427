using DevConnect.Domain.Messaging;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Safety.Browser;

/// <summary>Two browsers: an owner blocks a member from their conversation; the member's open page closes, and stays closed when reopened.</summary>
public sealed class BlockingBrowserTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task A_blocked_member_opens_the_conversation_and_sees_it_closed_with_nowhere_to_write()
    {
        var project = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "Open Pantry" })).Items.Single();
        var ada = (await app.GetService<ProfileService>().GetPublicAsync("ada"))!.UserId;
        var mei = (await app.GetService<ProfileService>().GetPublicAsync("mei-tanaka"))!.UserId;
        var conversation = (await app.GetService<MessagingService>().ContactOwnerAsync(mei, project.Id)).Value;
        await using var owner = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var member = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await member.LogInAsync("mei-tanaka");
        await member.Page.GotoAsync($"/messages/{conversation}");
        await member.WaitForInteractiveAsync();
        await member.Page.Locator("#message-input").WaitForAsync();

        await owner.LogInAsync("ada");
        await owner.Page.GotoAsync($"/messages/{conversation}");
        await owner.WaitForInteractiveAsync();
        await owner.Page.Locator("[data-testid=block-open]").ClickAsync();
        await owner.AssertAccessibleAsync();
        await owner.Page.Locator("[data-testid=block-confirm]").ClickAsync();
        await owner.Page.Locator("[data-testid=conversation-closed]", new() { HasText = "You blocked this member" }).WaitForAsync();

        // The member's open page closes without a reload, and opening it again finds it closed.
        await member.Page.Locator("[data-testid=conversation-closed]").WaitForAsync();
        await member.Page.ReloadAsync();
        await member.WaitForInteractiveAsync();
        var closed = member.Page.Locator("[data-testid=conversation-closed]");
        await closed.WaitForAsync();
        Assert.Equal("This conversation is closed.", (await closed.InnerTextAsync()).Trim());
        Assert.Equal(0, await member.Page.Locator("#message-input").CountAsync());
        Assert.Equal(0, await member.Page.Locator("[data-testid=send-message]").CountAsync());
        Assert.DoesNotContain("block", await member.Page.Locator("main").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await member.AssertAccessibleAsync();
        member.AssertNoProblems();
        Assert.True(await app.GetService<BlockService>().HasBlockedAsync(ada, mei));
    }
}
