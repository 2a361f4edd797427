using Deque.AxeCore.Playwright;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell.Browser;

/// <summary>What someone on a keyboard, or reading in dark mode, meets: skip links, focus rings, landmarks, contrast.</summary>
public sealed class KeyboardAndContrastTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    // The focused element's own outline, or the ring its visible wrapper draws (the feed's search box).
    private const string FocusRing = """
        () => {
          const el = document.activeElement;
          const ring = e => { const s = getComputedStyle(e);
            return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'; };
          if (el === document.body) return null;
          const wrapper = el.closest('.dc-search-box, .mud-input');
          return { tag: el.tagName + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ' ' + (el.textContent || '').trim().slice(0, 30),
                   visible: ring(el) || (wrapper !== null && ring(wrapper)) };
        }
        """;

    [Fact]
    public async Task Three_tab_presses_and_the_skip_link_reach_the_first_result_and_its_card_shows_a_focus_ring()
    {
        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await tab.Page.GotoAsync("/projects");
        await tab.WaitForInteractiveAsync();

        await tab.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await tab.Page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await tab.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to results", await tab.Page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await tab.Page.Keyboard.PressAsync("Enter");
        await tab.Page.WaitForFunctionAsync("() => document.activeElement !== null && document.activeElement.id === 'feed-results'");
        await tab.Page.Keyboard.PressAsync("Tab");

        var first = await tab.Page.Locator("[data-testid=project-grid] article h3 a").First.GetAttributeAsync("href");
        Assert.Equal(first, await tab.Page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        var card = await tab.Page.EvaluateAsync<string[]>("""
            () => { const s = getComputedStyle(document.activeElement.closest('article')); return [s.outlineStyle, s.outlineWidth]; }
            """);
        Assert.NotEqual("none", card[0]);
        Assert.True(double.Parse(card[1].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2, card[1]);
        tab.AssertNoProblems();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/projects")]
    [InlineData("/people")]
    public async Task Every_keyboard_stop_on_a_page_shows_a_visible_focus_ring(string path)
    {
        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await tab.Page.GotoAsync(path);
        await tab.WaitForInteractiveAsync();

        var missing = new List<string>();
        for (var i = 0; i < 35; i++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            // Null once focus has left the page after its last stop.
            var stop = await tab.Page.EvaluateAsync<FocusStop?>(FocusRing);
            if (stop is null)
            {
                break;
            }

            if (!stop.Visible)
            {
                missing.Add(stop.Tag);
            }
        }

        Assert.True(missing.Count == 0, "no visible focus ring on: " + string.Join(" | ", missing));
    }

    [Theory]
    [InlineData("/", null, 1280)]
    [InlineData("/projects", null, 390)]
    [InlineData("/u/ada", null, 1280)]
    [InlineData("/my/projects", "ada", 1280)]
    [InlineData("/messages", "ada", 390)]
    [InlineData("/Account/Manage", "ada", 1280)]
    [InlineData("/Account/Login", null, 1280)]
    public async Task Each_landmark_has_a_name_of_its_own(string path, string? member, int width)
    {
        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress, width: width);
        if (member is not null)
        {
            await tab.LogInAsync(member);
        }

        await tab.Page.GotoAsync(path);
        // Account pages stay static forms: loaded is all they become.
        if (!path.StartsWith("/Account", StringComparison.Ordinal))
        {
            await tab.WaitForInteractiveAsync();
        }

        var result = await tab.Page.RunAxe();

        var duplicates = result.Violations.Where(v => v.Id is "landmark-unique" or "landmark-no-duplicate-banner" or "landmark-no-duplicate-contentinfo").ToList();
        Assert.True(duplicates.Count == 0, string.Join('\n', duplicates.SelectMany(v => v.Nodes.Select(n => $"{v.Id}: {n.Target} {n.Html}"))));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Text_on_every_gradient_block_keeps_a_contrast_of_at_least_4_5_to_1(string theme)
    {
        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await tab.Page.GotoAsync($"/preferences/theme?mode={theme}&returnUrl=/");
        await tab.WaitForInteractiveAsync();

        var worst = await tab.Page.EvaluateAsync<ContrastFinding[]>(ContrastScript.OnGradients);

        Assert.NotEmpty(worst);
        Assert.All(worst, finding => Assert.True(finding.Ratio >= 4.5, $"{theme}: \"{finding.Text}\" has contrast {finding.Ratio:0.00}:1"));
    }

    [Theory]
    [InlineData(false, "smooth")]
    [InlineData(true, "auto")]
    public async Task In_page_jumps_scroll_smoothly_unless_the_reader_asked_for_less_motion(bool reduceMotion, string expected)
    {
        await using var tab = await BrowserPage.OpenAsync(browser, app.BaseAddress, reduceMotion: reduceMotion);
        await tab.Page.GotoAsync("/projects");

        Assert.Equal(expected, await tab.Page.EvaluateAsync<string>("getComputedStyle(document.documentElement).scrollBehavior"));
    }

    public sealed class FocusStop
    {
        public string Tag { get; set; } = "";

        public bool Visible { get; set; }
    }

    public sealed class ContrastFinding
    {
        public string Text { get; set; } = "";

        public double Ratio { get; set; }
    }
}
