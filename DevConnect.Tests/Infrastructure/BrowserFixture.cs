using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium for the browser tests, driven by Playwright's bundled driver. It never
/// downloads a browser: CHROMIUM_PATH or /usr/bin/chromium must exist (test.sh installs it), otherwise the
/// tests fail saying so.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH; ./test.sh does this for you.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A browser tab that records what a person would not see but should never happen: CSP violations and script errors.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _checkedForAccessibility = [];

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("favicon", StringComparison.OrdinalIgnoreCase))
            {
                _problems.Add("console error: " + message.Text);
            }
        };
        page.PageError += (_, error) => _problems.Add("page error: " + error);
    }

    public IPage Page { get; }

    /// <summary>
    /// Opens a page as a person who asked their system for less motion, unless <paramref name="reduceMotion"/> is
    /// false. Playwright waits for an element to stand still before it clicks, but a smooth page scroll started by an
    /// earlier step (filling a field far up the page) can carry the element away between press and release, and the
    /// click is lost (SaveErrorFocusTests lost its Save click so on a busy CI machine).
    /// </summary>
    public static async Task<BrowserPage> OpenAsync(BrowserFixture browser, Uri baseAddress, int width = 1280, int height = 900,
        string locale = "en-US", bool reduceMotion = true)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            ReducedMotion = reduceMotion ? ReducedMotion.Reduce : ReducedMotion.NoPreference,
        });
        context.SetDefaultTimeout(Patience.Milliseconds);
        // Expect(...) assertions have their own default of 5 s, which a busy CI machine overran (SaveErrorFocusTests):
        // they wait as long as every other step.
        Assertions.SetDefaultExpectTimeout(Patience.Milliseconds);
        // A document that loses its <title>, even for one render batch, is announced as untitled and fails axe;
        // report it as a console error so every browser test notices (init scripts are not subject to the CSP).
        await context.AddInitScriptAsync("""
            document.addEventListener('DOMContentLoaded', () => {
              const check = () => { if (!document.title) console.error('the document lost its title at ' + location.pathname); };
              new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
              check();
            });
            """);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    /// <summary>Logs in through the real form as a demo member (password from the README).</summary>
    public async Task LogInAsync(string handle)
    {
        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("Email").FillAsync($"{handle}@demo.devconnect.local");
        await Page.GetByLabel("Password").FillAsync("devconnect-demo");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Page.Locator("[data-testid=user-menu]").WaitForAsync();
    }

    /// <summary>
    /// Waits until the Blazor circuit is connected and the page answers clicks: the whole page (its main), or on a
    /// page rendered without a circuit around a live island (the feed), that island, which carries data-island. Attached,
    /// not visible: the home page's newest-projects island is an empty element until a change (the cards are the page's).
    /// </summary>
    public Task WaitForInteractiveAsync() =>
        Page.Locator("main[data-interactive=true], [data-island][data-interactive=true]").First
            .WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Runs axe-core on the current page (once per path and theme) and fails on any serious or critical violation.
    /// </summary>
    public async Task AssertAccessibleAsync()
    {
        var key = new Uri(Page.Url).AbsolutePath + "|" + await Page.EvaluateAsync<string>("document.body.className");
        if (!_checkedForAccessibility.Add(key))
        {
            return;
        }

        var result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {Page.Url}:\n" + string.Join('\n', serious.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }

    /// <summary>Waits until the address ends with <paramref name="suffix"/> (see <see cref="WaitForUrlAsync"/>).</summary>
    public Task WaitForAddressEndingAsync(string suffix) =>
        WaitForUrlAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(suffix) + "$"));

    /// <summary>
    /// Waits for the address to match; when it never does, the failure says what the page showed instead
    /// (field errors, alerts, a dropped circuit), because a bare timeout leaves nothing to go on. Playwright checks the
    /// address once and then waits for the next navigation event, so an in-page navigation (Blazor's router, an enhanced
    /// navigation) that lands between the two is missed on a loaded machine: each short wait is followed by a fresh look.
    /// </summary>
    public async Task WaitForUrlAsync(System.Text.RegularExpressions.Regex url)
    {
        var deadline = DateTime.UtcNow + Patience.Wait;
        while (!url.IsMatch(Page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Page.Url} never matched {url}. {await DescribeAsync()}");
            }

            try
            {
                await Page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit, Timeout = 1_000 });
            }
            catch (TimeoutException)
            {
                // Look again: the navigation may have landed before the wait began.
            }
        }
    }

    private async Task<string> DescribeAsync()
    {
        var shown = await Page.EvaluateAsync<string>("""
            () => {
              const visible = e => e.getClientRects().length > 0;
              const texts = [...document.querySelectorAll('[role=alert], .mud-input-error .mud-input-helper-text, .mud-snackbar, #components-reconnect-modal[open]')]
                .filter(visible).map(e => e.textContent.trim()).filter(t => t);
              const interactive = document.querySelector('main')?.dataset.interactive ?? 'no main';
              return `interactive: ${interactive}; shown: ${texts.length ? texts.join(' | ') : 'no alert or field error'}`;
            }
            """);
        return _problems.Count == 0 ? shown : $"{shown}; problems: {string.Join(" | ", _problems)}";
    }

    public void AssertNoProblems() => Assert.True(_problems.Count == 0, string.Join('\n', _problems));

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
