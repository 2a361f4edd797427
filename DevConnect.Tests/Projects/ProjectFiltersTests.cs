using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.App.Components.Shared;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Text;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DevConnect.Tests.Projects;

/// <summary>The feed's filter panel and the Markdown preview, rendered with bUnit.</summary>
public sealed class ProjectFiltersTests : BunitContext
{
    private static readonly LanguageCount[] _languages =
    [
        new(Tags.FromKey("rust"), 4), new(Tags.FromKey("go"), 3), new(Tags.FromKey("csharp"), 2),
    ];

    public ProjectFiltersTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<MarkdownRenderer>();
    }

    private string CurrentUrl => new Uri(Services.GetRequiredService<NavigationManager>().Uri).PathAndQuery;

    [Fact]
    public void Choosing_a_language_puts_it_in_the_address()
    {
        var panel = Render<ProjectFilters>(p => p.Add(f => f.Query, new ProjectQuery()).Add(f => f.Languages, _languages));

        panel.Find("button[data-lang=rust]").Click();

        Assert.Equal("/projects?lang=rust", CurrentUrl);
    }

    // The feed's first render may come before its read (PostgreSQL): the panel shows no languages, then the counts.
    // The panel itself skips that render (same filters) and hands the counts to its chips.
    [Fact]
    public void Counts_that_arrive_after_a_first_render_without_any_show_and_follow_later_changes()
    {
        var query = new ProjectQuery();
        var panel = Render<ProjectFilters>(p => p.Add(f => f.Query, query).Add(f => f.Languages, Array.Empty<LanguageCount>()));
        Assert.Empty(panel.FindAll("button[data-lang]"));

        panel.Render(p => p.Add(f => f.Query, query).Add(f => f.Languages, _languages));
        panel.WaitForAssertion(() => Assert.Equal("4", panel.Find("button[data-lang=rust] .dc-chip-count").TextContent));

        panel.Render(p => p.Add(f => f.Query, query).Add(f => f.Languages, [new LanguageCount(Tags.FromKey("rust"), 5), .. _languages[1..]]));
        panel.WaitForAssertion(() => Assert.Equal("5", panel.Find("button[data-lang=rust] .dc-chip-count").TextContent));
        panel.Find("button[data-lang=go]").Click();
        Assert.Equal("/projects?lang=go", CurrentUrl);
    }

    [Fact]
    public void Filters_combine_and_a_second_click_before_the_address_comes_back_builds_on_the_first()
    {
        var query = new ProjectQuery { Languages = ["rust", "go"] };
        var panel = Render<ProjectFilters>(p => p.Add(f => f.Query, query).Add(f => f.Languages, _languages));

        Assert.Equal("true", panel.Find("button[data-lang=rust]").GetAttribute("aria-pressed"));
        panel.Find("button[data-status=recruiting]").Click();
        Assert.Equal("/projects?lang=rust&lang=go&status=recruiting", CurrentUrl);
        // On /projects the new query returns through an enhanced navigation; until then the chip already shows the click.
        Assert.Equal("true", panel.Find("button[data-status=recruiting]").GetAttribute("aria-pressed"));

        panel.Find("button[data-lang=rust]").Click();
        Assert.Equal("/projects?lang=go&status=recruiting", CurrentUrl);

        // Then the address comes back with something else (the visitor went Back): that is what the panel shows.
        panel.Render(p => p.Add(f => f.Query, new ProjectQuery { Languages = ["rust"] }));
        Assert.Equal("false", panel.Find("button[data-status=recruiting]").GetAttribute("aria-pressed"));
        Assert.Equal("true", panel.Find("button[data-lang=rust]").GetAttribute("aria-pressed"));
    }

    // On a busy machine the first click's address can come back after the second click was sent (ProjectLiveTests'
    // and FeedFiltersBrowserTests' third chip once undid the second).
    [Fact]
    public void An_address_that_comes_back_after_a_later_click_does_not_undo_that_click()
    {
        var panel = Render<ProjectFilters>(p => p.Add(f => f.Query, new ProjectQuery()).Add(f => f.Languages, _languages));

        panel.Find("button[data-lang=rust]").Click();
        panel.Find("button[data-lang=go]").Click();
        Assert.Equal("/projects?lang=rust&lang=go", CurrentUrl);
        panel.Render(p => p.Add(f => f.Query, new ProjectQuery { Languages = ["rust"] }));

        Assert.Equal("true", panel.Find("button[data-lang=go]").GetAttribute("aria-pressed"));
        panel.Find("button[data-lang=rust]").Click();
        Assert.Equal("/projects?lang=go", CurrentUrl);

        // Both later addresses arrive; then Back to the first one is the visitor's, and the panel follows it.
        panel.Render(p => p.Add(f => f.Query, new ProjectQuery { Languages = ["rust", "go"] }));
        panel.Render(p => p.Add(f => f.Query, new ProjectQuery { Languages = ["go"] }));
        panel.Render(p => p.Add(f => f.Query, new ProjectQuery { Languages = ["rust"] }));
        Assert.Equal("true", panel.Find("button[data-lang=rust]").GetAttribute("aria-pressed"));
        Assert.Equal("false", panel.Find("button[data-lang=go]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void Typing_a_search_updates_the_address_after_a_short_pause()
    {
        var panel = Render<ProjectFilters>(p => p.Add(f => f.Query, new ProjectQuery { Languages = ["go"], Page = 3 }).Add(f => f.Languages, _languages));

        panel.Find("#feed-search").Input("game engine");

        panel.WaitForAssertion(() => Assert.Equal("/projects?lang=go&q=game%20engine", CurrentUrl));
    }

    [Fact]
    public void A_search_page_that_comes_back_while_typing_goes_on_keeps_what_was_typed_after_it()
    {
        var panel = Render<ProjectFilters>(p => p.Add(f => f.Query, new ProjectQuery()).Add(f => f.Languages, _languages));

        panel.Find("#feed-search").Input("game ");
        panel.WaitForAssertion(() => Assert.Equal("/projects?q=game", CurrentUrl));
        panel.Find("#feed-search").Input("game engine");
        panel.Render(p => p.Add(f => f.Query, FeedUrl.Parse(null, null, null, null, q: "game", sort: null, page: null)));

        Assert.Equal("game engine", panel.Find("#feed-search").GetAttribute("value"));
        panel.WaitForAssertion(() => Assert.Equal("/projects?q=game%20engine", CurrentUrl));
    }

    [Fact]
    public void Choosing_several_languages_says_that_projects_in_any_of_them_are_shown()
    {
        var one = Render<ProjectFilters>(p => p.Add(f => f.Query, new ProjectQuery { Languages = ["rust"] }).Add(f => f.Languages, _languages));
        var two = Render<ProjectFilters>(p => p.Add(f => f.Query, new ProjectQuery { Languages = ["rust", "go"] }).Add(f => f.Languages, _languages));
        using var inFrench = new CultureScope("fr");
        var french = Render<ProjectFilters>(p => p.Add(f => f.Query, new ProjectQuery { Languages = ["rust", "go"] }).Add(f => f.Languages, _languages));

        Assert.Empty(one.FindAll("[data-testid=languages-any-of]"));
        Assert.Contains("any of", two.Find("[data-testid=languages-any-of]").TextContent, StringComparison.Ordinal);
        Assert.Contains("l'un de", french.Find("[data-testid=languages-any-of]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_counts_are_shown_on_their_chips()
    {
        var panel = Render<ProjectFilters>(p => p.Add(f => f.Query, new ProjectQuery()).Add(f => f.Languages, _languages));

        Assert.Equal("C# 2", panel.Find("button[data-lang=csharp]").TextContent.Trim().Replace("  ", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_markdown_preview_renders_formatting_but_no_script_handler_or_javascript_link()
    {
        const string source = """
            **Bold move** and a [safe link](https://example.com).

            <script>alert('x')</script>
            <img src="x" onerror="alert('y')">
            [click me](javascript:alert('z'))
            """;

        var preview = Render<MarkdownView>(p => p.Add(m => m.Source, source));

        Assert.Equal("Bold move", preview.Find("strong").TextContent);
        Assert.Equal("https://example.com", preview.Find("a[href^=https]").GetAttribute("href"));
        Assert.Empty(preview.FindAll("script"));
        Assert.Empty(preview.FindAll("img"));
        Assert.DoesNotContain("javascript:", preview.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(preview.FindAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        // Raw HTML is shown as the text that was typed, not run.
        Assert.Contains("<script>alert('x')</script>", preview.Find(".dc-markdown").TextContent, StringComparison.Ordinal);
    }
}
