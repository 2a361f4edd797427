using Microsoft.Extensions.DependencyInjection;
using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Projects;

/// <summary>
/// An open feed when a project is published, rendered by bUnit over the real services and a real database: the new card
/// and the new language counts arrive, the cards already shown stay as they were, and only the chips whose count
/// changed render again (a thousand open feeds each pay for whatever renders, see docs/PERFORMANCE.md).
/// </summary>
public sealed class FeedViewTests : DomainComponentContext
{
    private async Task PostTaggedAsync(string ownerId, string name, string language)
    {
        var result = await Domain.Get<ProjectService>().CreateAsync(ownerId, new ProjectDraft
        {
            Name = name, Summary = $"{name} in one line", Tags = [language], Status = ProjectStatus.Recruiting,
        });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
    }

    private static string Count(IRenderedComponent<FeedView> feed, string language) =>
        feed.Find($"button[data-lang={language}] .dc-chip-count").TextContent;

    [Fact]
    public async Task A_published_project_slides_in_with_its_language_count_and_the_cards_already_shown_stay_as_they_were()
    {
        var owner = await Domain.CreateMemberAsync("Olive Owner");
        foreach (var name in new[] { "Ferris wheel", "Crab shell", "Borrow lane" })
        {
            await PostTaggedAsync(owner, name, "rust");
        }

        var feed = Render<FeedView>(p => p.Add(f => f.Query, new ProjectQuery()));
        feed.WaitForAssertion(() => Assert.Equal(3, feed.FindAll("[data-testid=project-grid] article").Count));
        // On PostgreSQL the feed may render before its read ends, and the counts follow the cards.
        feed.WaitForAssertion(() => Assert.Equal("3", Count(feed, "rust")));
        var shown = feed.FindAll("[data-testid=project-grid] article").Select(a => a.OuterHtml).ToList();

        // Another member: a new account posts three projects an hour.
        await PostTaggedAsync(await Domain.CreateMemberAsync("Hari Harbour"), "Harbour Watch", "ocaml");

        feed.WaitForAssertion(() =>
        {
            Assert.Contains("Harbour Watch", feed.FindAll("[data-testid=project-grid] article")[0].TextContent, StringComparison.Ordinal);
            Assert.Equal("1", Count(feed, "ocaml"));
        });
        Assert.Equal(4, feed.FindAll("[data-testid=project-grid] article").Count);
        Assert.Equal(shown, feed.FindAll("[data-testid=project-grid] article").Skip(1).Select(a => a.OuterHtml));
    }

    [Fact]
    public async Task A_published_project_renders_again_only_the_chip_whose_count_changed()
    {
        var owner = await Domain.CreateMemberAsync("Olive Owner");
        await PostTaggedAsync(owner, "Ferris wheel", "rust");
        await PostTaggedAsync(owner, "Crab shell", "rust");
        await PostTaggedAsync(owner, "Gopher hole", "go");
        var feed = Render<FeedView>(p => p.Add(f => f.Query, new ProjectQuery()));
        feed.WaitForAssertion(() => Assert.Equal("2", Count(feed, "rust")));
        var chips = feed.FindComponents<LanguageChip>().ToDictionary(c => c.Instance.Language.Tag.Key);
        var renders = chips.ToDictionary(c => c.Key, c => c.Value.RenderCount);

        await PostTaggedAsync(await Domain.CreateMemberAsync("Hari Harbour"), "Borrow lane", "rust");

        feed.WaitForAssertion(() => Assert.Equal("3", Count(feed, "rust")));
        Assert.Equal("1", Count(feed, "go"));
        Assert.Equal(renders["rust"] + 1, chips["rust"].RenderCount);
        Assert.Equal(renders["go"], chips["go"].RenderCount);
    }

    [Fact]
    public async Task A_language_chip_still_filters_the_feed_after_live_counts_replaced_the_chips_around_it()
    {
        var owner = await Domain.CreateMemberAsync("Olive Owner");
        await PostTaggedAsync(owner, "Ferris wheel", "rust");
        var feed = Render<FeedView>(p => p.Add(f => f.Query, new ProjectQuery()));
        feed.WaitForAssertion(() => Assert.Equal("1", Count(feed, "rust")));

        await PostTaggedAsync(owner, "Crab shell", "rust");
        feed.WaitForAssertion(() => Assert.Equal("2", Count(feed, "rust")));
        await feed.InvokeAsync(() => feed.Find("button[data-lang=rust]").Click());

        Assert.EndsWith("/projects?lang=rust", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_circuit_over_the_per_client_limit_shows_the_too_many_tabs_notice_instead_of_the_feed()
    {
        // The feed is an island in a page rendered without the layout's circuit, so it says so itself.
        await PostTaggedAsync(await Domain.CreateMemberAsync("Olive Owner"), "Ferris wheel", "rust");
        var admission = Services.GetRequiredService<DevConnect.App.Infrastructure.CircuitAdmission>();
        admission.Refused = true;
        admission.Limit = 2;

        var feed = Render<FeedView>(p => p.Add(f => f.Query, new ProjectQuery()));

        Assert.Contains("already open in 2 tabs", feed.Find("[data-testid=too-many-tabs]").TextContent, StringComparison.Ordinal);
        Assert.Empty(feed.FindAll("[data-testid=project-grid]"));
    }
}
