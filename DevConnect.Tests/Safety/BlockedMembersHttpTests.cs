using System.Net;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Safety;

/// <summary>The "Blocked members" account page over real HTTP: it lists one's own blocks and unblocks with a form post.</summary>
public sealed class BlockedMembersHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task A_member_sees_whom_they_blocked_and_unblocks_them_with_one_post()
    {
        var profiles = app.GetService<ProfileService>();
        var chloe = (await profiles.GetPublicAsync("chloe-dubois"))!.UserId;
        var lucas = (await profiles.GetPublicAsync("lucas-martin"))!.UserId;
        await app.GetService<BlockService>().BlockAsync(chloe, lucas);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await client.LoginAsync("chloe-dubois");

        var page = await client.GetStringAsync("/Account/Manage/BlockedMembers");
        Assert.Contains("Lucas Martin", page, StringComparison.Ordinal);
        var response = await HtmlForm.Parse(page, "/Account/Manage/BlockedMembers", "unblock").Set("MemberId", lucas).PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.GetService<BlockService>().HasBlockedAsync(chloe, lucas));
        var after = await client.GetStringAsync("/Account/Manage/BlockedMembers");
        Assert.Contains("You have not blocked anyone.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Visitors_are_sent_to_log_in()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/Manage/BlockedMembers");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
