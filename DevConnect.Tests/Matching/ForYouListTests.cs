using Bunit;
using DevConnect.App.Components.Matching;
using DevConnect.Domain.Matching;
using DevConnect.Domain.Profiles;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Matching;

/// <summary>The suggestions list (the /for-you page and the home page's section) over the real domain.</summary>
public sealed class ForYouListTests : DomainComponentContext
{
    private async Task<string> OwnerAsync() =>
        await MatchingSetup.MemberAsync(Domain, "Omar Owner", d => d with { Level = ExperienceLevel.Senior, OpenToMentoring = true, TimeZone = "Asia/Dubai" });

    private async Task<string> SignInRustJuniorAsync()
    {
        var me = await SignInAsync("Jun Reader");
        await MatchingSetup.SetProfileAsync(Domain, me, MatchingSetup.RustJunior);
        return me;
    }

    [Fact]
    public async Task Each_suggestion_says_why_it_fits_in_one_line()
    {
        var owner = await OwnerAsync();
        await SignInRustJuniorAsync();
        await MatchingSetup.ProjectAsync(Domain, owner, "Ferris Garden", ["rust"], juniorFriendly: true, roles: ["backend"]);

        var list = Render<ForYouList>();

        list.WaitForAssertion(() => Assert.Equal(
            "You know Rust · junior-friendly backend role · the owner offers mentoring",
            list.Find("[data-testid=match-reason]").TextContent.Replace("Why it fits: ", "", StringComparison.Ordinal)));
        Assert.Contains("Ferris Garden", list.Find("[data-testid=for-you-list]").TextContent, StringComparison.Ordinal);
        Assert.Empty(list.FindAll("[data-testid=for-you-gaps]"));
    }

    [Fact]
    public async Task Not_for_me_removes_the_project_and_it_stays_away_after_a_reload()
    {
        var owner = await OwnerAsync();
        var me = await SignInRustJuniorAsync();
        var project = await MatchingSetup.ProjectAsync(Domain, owner, "Dismissable Crate", ["rust"], juniorFriendly: true);
        var list = Render<ForYouList>();
        list.WaitForAssertion(() => list.Find($"[data-suggestion='{project}']"));

        // Found and clicked in one renderer turn: a live reload rendering in between would leave a stale button.
        await list.InvokeAsync(() => list.Find($"[data-suggestion='{project}'] [data-testid=dismiss-suggestion]").Click());

        list.WaitForAssertion(() => Assert.Empty(list.FindAll($"[data-suggestion='{project}']")));
        Assert.Empty((await Domain.Get<MatchingService>().ForYouAsync(me)).Items);
    }

    [Fact]
    public async Task A_newly_published_project_that_fits_appears_in_the_open_list()
    {
        var owner = await OwnerAsync();
        await SignInRustJuniorAsync();
        var list = Render<ForYouList>();
        list.WaitForAssertion(() => list.Find(".dc-empty"));

        var project = await MatchingSetup.ProjectAsync(Domain, owner, "Fresh Crate", ["rust"], juniorFriendly: true);

        list.WaitForAssertion(() => list.Find($"[data-suggestion='{project}']"), Patience.Wait);
        Assert.Equal("A new project fits you.", list.Find("[data-testid=for-you-new]").TextContent);
    }

    [Fact]
    public async Task A_member_with_an_empty_profile_is_asked_for_their_skills_what_they_want_to_learn_and_their_time_zone()
    {
        await SignInAsync("Blank Slate");

        var list = Render<ForYouList>();

        list.WaitForAssertion(() => Assert.Contains(
            "your skills, what you want to learn, your time zone",
            list.Find("[data-testid=for-you-gaps]").TextContent, StringComparison.Ordinal));
        Assert.Equal("profile/edit", list.Find("[data-testid=for-you-gaps] a").GetAttribute("href"));
    }
}
