using DevConnect.Domain.Matching;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DevConnect.Tests.Matching.Browser;

/// <summary>
/// Two browsers on the demo community: Ada invites a member who fits Open Pantry; the member is told, finds the
/// invitation through the user menu, accepts, applies with the role already chosen, and Ada sees the application arrive.
/// </summary>
public sealed class InvitationBrowserTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    private async Task<ProjectCardView> OpenPantryAsync() =>
        (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "Open Pantry" })).Items.Single();

    private static async Task<int> BellCountAsync(BrowserPage member)
    {
        var bell = member.Page.Locator("[data-testid=bell-count]");
        return await bell.CountAsync() == 0 ? 0 : int.Parse(await bell.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task An_owner_invites_a_member_who_fits_the_member_accepts_and_applies_and_the_owner_sees_the_application_arrive()
    {
        var project = await OpenPantryAsync();
        await using var owner = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await using var invitee = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await invitee.LogInAsync("rafael-costa");
        await invitee.Page.GotoAsync("/for-you");
        await invitee.WaitForInteractiveAsync();
        var bellBefore = await BellCountAsync(invitee);

        await owner.LogInAsync("ada");
        await owner.Page.GotoAsync($"/my/projects/{project.Id}/applications");
        await owner.WaitForInteractiveAsync();
        await owner.Page.EvaluateAsync("window.__noReload = true");
        var row = owner.Page.Locator("[data-testid=people-who-fit] [data-person=rafael-costa]");
        await Expect(row.Locator("[data-testid=fit-reason]")).ToContainTextAsync("fits your backend role");
        await owner.AssertAccessibleAsync();
        await row.Locator("[data-testid=invite-role]").SelectOptionAsync("backend");
        await row.Locator("[data-testid=invite]").ClickAsync();
        await row.Locator("[data-testid=invited]").WaitForAsync();

        // The invitee's open page is told, and the user menu leads to the invitation.
        await Expect(invitee.Page.Locator("[data-testid=bell-count]")).ToHaveTextAsync((bellBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await invitee.Page.Locator("[data-testid=user-menu] button").First.ClickAsync();
        await invitee.Page.Locator(".mud-menu-item[href='my/invitations']", new() { HasText = "Invitations" }).ClickAsync();
        var invitation = invitee.Page.Locator("[data-testid=invitations] li", new() { HasText = "Open Pantry" });
        await Expect(invitation).ToContainTextAsync("Ada Okafor");
        await invitee.WaitForInteractiveAsync();
        await invitee.AssertAccessibleAsync();
        await invitation.Locator("[data-testid=accept-invitation]").ClickAsync();

        await invitee.WaitForUrlAsync(new($"/projects/{project.Id}/{project.Slug}\\?apply=backend$"));
        // The project page is rendered without a circuit (a full page load from here): its island answers once live.
        await invitee.WaitForInteractiveAsync();
        await Expect(invitee.Page.Locator("button[data-role=backend]")).ToHaveAttributeAsync("aria-pressed", "true");
        await invitee.Page.Locator("#apply-message").FillAsync("Thanks for the invitation, Ada! I would like to learn C# on the stock tracking.");
        await invitee.Page.Locator("[data-testid=apply-send]").ClickAsync();
        await invitee.Page.Locator("[data-testid=apply-state]", new() { HasText = "waiting for the owner" }).WaitForAsync();

        var card = owner.Page.Locator("[data-testid=owner-applications] .dc-application", new() { HasText = "Rafael Costa" });
        await Expect(card).ToContainTextAsync("learn C# on the stock tracking");
        Assert.True(await owner.Page.EvaluateAsync<bool>("window.__noReload === true"), "the owner's page reloaded");
        owner.AssertNoProblems();
        invitee.AssertNoProblems();
    }

    [Fact]
    public async Task A_member_declines_an_invitation_and_sees_the_answer_in_place()
    {
        var project = await OpenPantryAsync();
        var profiles = app.GetService<ProfileService>();
        var ada = (await profiles.GetPublicAsync("ada"))!.UserId;
        var kwame = (await profiles.GetPublicAsync("kwame-mensah"))!.UserId;
        Assert.True((await app.GetService<InvitationService>().InviteAsync(ada, project.Id, kwame, "backend")).Succeeded);
        await using var invitee = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await invitee.LogInAsync("kwame-mensah");
        await invitee.Page.GotoAsync("/my/invitations");
        await invitee.WaitForInteractiveAsync();
        var invitation = invitee.Page.Locator("[data-testid=invitations] li", new() { HasText = "Open Pantry" });

        await invitation.Locator("[data-testid=decline-invitation]").ClickAsync();

        await Expect(invitation.Locator("[data-testid=invitation-status]")).ToHaveTextAsync("Declined");
        Assert.Equal(0, await invitation.Locator("[data-testid=accept-invitation]").CountAsync());
        Assert.EndsWith("/my/invitations", invitee.Page.Url, StringComparison.Ordinal);
        invitee.AssertNoProblems();
    }
}
