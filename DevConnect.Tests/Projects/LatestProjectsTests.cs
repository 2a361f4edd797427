using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Tests.Projects;

/// <summary>
/// The home page's newest projects, its live island, rendered by bUnit over the real services and a real database:
/// what another member publishes or deletes while the page is open shows without a reload.
/// </summary>
public sealed class LatestProjectsTests : DomainComponentContext
{
    private async Task<int> PostAsync(string ownerId, string name)
    {
        var result = await Domain.Get<ProjectService>().CreateAsync(ownerId, new ProjectDraft
        {
            Name = name, Summary = $"{name} in one line", Tags = ["rust"], Status = ProjectStatus.Recruiting,
        });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
        return result.ProjectId!.Value;
    }

    private static IReadOnlyList<string> CardTexts(IRenderedComponent<LatestProjects> latest) =>
        latest.FindAll("[data-testid=latest-projects] article").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task A_project_another_member_publishes_appears_first_and_the_cards_already_shown_stay_as_they_were()
    {
        var owner = await Domain.CreateMemberAsync("Olive Owner");
        await PostAsync(owner, "Ferris wheel");
        await PostAsync(owner, "Crab shell");
        var latest = Render<LatestProjects>();
        latest.WaitForAssertion(() => Assert.Equal(2, CardTexts(latest).Count));
        var shown = latest.FindAll("[data-testid=latest-projects] article").Select(a => a.OuterHtml).ToList();

        await PostAsync(await Domain.CreateMemberAsync("Hari Harbour"), "Harbour Watch");

        latest.WaitForAssertion(() => Assert.Contains("Harbour Watch", CardTexts(latest)[0], StringComparison.Ordinal));
        Assert.Equal(3, CardTexts(latest).Count);
        Assert.Equal(shown, latest.FindAll("[data-testid=latest-projects] article").Skip(1).Select(a => a.OuterHtml));
    }

    [Fact]
    public async Task A_project_deleted_while_the_page_is_open_goes_and_the_last_one_leaves_the_empty_state()
    {
        var owner = await Domain.CreateMemberAsync("Olive Owner");
        var kept = await PostAsync(owner, "Ferris wheel");
        var deleted = await PostAsync(owner, "Crab shell");
        var latest = Render<LatestProjects>();
        latest.WaitForAssertion(() => Assert.Equal(2, CardTexts(latest).Count));

        Assert.True((await Domain.Get<ProjectService>().DeleteAsync(owner, deleted)).Succeeded);
        latest.WaitForAssertion(() => Assert.DoesNotContain(CardTexts(latest), text => text.Contains("Crab shell", StringComparison.Ordinal)));
        Assert.Contains("Ferris wheel", Assert.Single(CardTexts(latest)), StringComparison.Ordinal);

        Assert.True((await Domain.Get<ProjectService>().DeleteAsync(owner, kept)).Succeeded);
        latest.WaitForAssertion(() => Assert.Contains("No projects yet", latest.Find(".dc-latest-live").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Around_the_home_page_s_own_cards_the_island_shows_none_until_a_project_is_published()
    {
        var owner = await Domain.CreateMemberAsync("Olive Owner");
        await PostAsync(owner, "Ferris wheel");
        var shownByThePage = await Domain.Get<SharedProjectReads>().LatestAsync(LatestProjects.Count);

        var latest = Render<LatestProjects>(p => p.Add(l => l.CardsShownAs, FeedStamp.Of(shownByThePage)));
        Assert.Empty(CardTexts(latest));
        Assert.Null(latest.Find(".dc-latest-live").GetAttribute("data-live-results"));

        await PostAsync(await Domain.CreateMemberAsync("Hari Harbour"), "Harbour Watch");

        latest.WaitForAssertion(() => Assert.Equal(2, CardTexts(latest).Count));
        Assert.Contains("Harbour Watch", CardTexts(latest)[0], StringComparison.Ordinal);
        Assert.Equal("true", latest.Find(".dc-latest-live").GetAttribute("data-live-results"));
    }

    [Fact]
    public async Task The_island_says_when_it_answers_clicks_and_a_circuit_over_the_limit_shows_the_too_many_tabs_notice()
    {
        await PostAsync(await Domain.CreateMemberAsync("Olive Owner"), "Ferris wheel");
        var latest = Render<LatestProjects>();
        latest.WaitForAssertion(() => Assert.Single(CardTexts(latest)));
        Assert.Equal("true", latest.Find(".dc-latest-live[data-island]").GetAttribute("data-interactive"));

        var admission = Services.GetRequiredService<DevConnect.App.Infrastructure.CircuitAdmission>();
        admission.Refused = true;
        admission.Limit = 2;
        var refused = Render<LatestProjects>();

        Assert.Contains("already open in 2 tabs", refused.Find("[data-testid=too-many-tabs]").TextContent, StringComparison.Ordinal);
        Assert.Empty(refused.FindAll("[data-testid=latest-projects]"));
    }
}
