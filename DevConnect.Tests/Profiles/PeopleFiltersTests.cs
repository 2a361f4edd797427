using Bunit;
using DevConnect.App.Components.Profiles;
using DevConnect.Domain.Profiles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DevConnect.Tests.Profiles;

/// <summary>
/// The people directory's filter panel, rendered with bUnit. On <c>/people</c> it is an island: a choice moves the
/// address, and the query comes back as a parameter once the server rendered the page again (here: by hand).
/// </summary>
public sealed class PeopleFiltersTests : BunitContext
{
    public PeopleFiltersTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    private string CurrentUrl => new Uri(Services.GetRequiredService<NavigationManager>().Uri).PathAndQuery;

    [Fact]
    public void A_second_choice_made_before_the_first_ones_page_came_back_adds_to_it()
    {
        var panel = Render<PeopleFilters>(p => p.Add(f => f.Query, PeopleUrl.Parse(null, null, null, null, null, null)));

        panel.Find("button[data-lang=rust]").Click();
        panel.Find("input[role=switch]").Change(true);
        Assert.Equal("/people?lang=rust&open=true", CurrentUrl);
        Assert.Equal("true", panel.Find("button[data-lang=rust]").GetAttribute("aria-pressed"));

        // The first choice's page arrives late: the second stays in force until its own page comes.
        panel.Render(p => p.Add(f => f.Query, PeopleUrl.Parse(["rust"], null, null, null, null, null)));
        Assert.True(panel.Find("input[role=switch]").HasAttribute("checked"));
        panel.Find("button[data-level=senior]").Click();
        Assert.Equal("/people?lang=rust&level=senior&open=true", CurrentUrl);

        // An address the panel did not ask for (the visitor went Back) is what it shows.
        panel.Render(p => p.Add(f => f.Query, PeopleUrl.Parse(["go"], null, null, null, null, null)));
        Assert.Equal("false", panel.Find("button[data-lang=rust]").GetAttribute("aria-pressed"));
        Assert.Equal("true", panel.Find("button[data-lang=go]").GetAttribute("aria-pressed"));
        Assert.False(panel.Find("input[role=switch]").HasAttribute("checked"));
    }

    [Fact]
    public async Task Clear_filters_is_offered_only_when_something_is_chosen_and_empties_a_search_still_being_typed()
    {
        var unfiltered = Render<PeopleFilters>(p => p.Add(f => f.Query, PeopleUrl.Parse([], [], false, null, "", 1)));
        Assert.DoesNotContain("Clear filters", unfiltered.Markup, StringComparison.Ordinal);

        var panel = Render<PeopleFilters>(p => p.Add(f => f.Query, PeopleUrl.Parse(["rust"], null, null, null, null, null)));
        var typing = panel.Find("#people-search").InputAsync(new ChangeEventArgs { Value = "ada" });
        panel.FindAll("button").Single(b => b.TextContent.Contains("Clear filters", StringComparison.Ordinal)).Click();

        Assert.Equal("/people", CurrentUrl);
        Assert.Equal("", panel.Find("#people-search").GetAttribute("value"));
        // The typing pause that was running when Clear was pressed ends without bringing the text back.
        await typing;
        Assert.Equal("/people", CurrentUrl);
    }

    [Fact]
    public void A_search_page_that_comes_back_while_typing_goes_on_keeps_what_was_typed_after_it()
    {
        var panel = Render<PeopleFilters>(p => p.Add(f => f.Query, new PeopleQuery()));

        panel.Find("#people-search").Input("ada ");
        panel.WaitForAssertion(() => Assert.Equal("/people?q=ada", CurrentUrl));
        panel.Find("#people-search").Input("ada love");
        panel.Render(p => p.Add(f => f.Query, PeopleUrl.Parse(null, null, null, null, "ada", null)));

        Assert.Equal("ada love", panel.Find("#people-search").GetAttribute("value"));
        panel.WaitForAssertion(() => Assert.Equal("/people?q=ada%20love", CurrentUrl));
    }
}
