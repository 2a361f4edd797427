using Bunit;
using Bunit.TestDoubles;
using DevConnect.App.Components.Account;
using DevConnect.App.Components.Layout;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DevConnect.Tests.Layout;

/// <summary>
/// The app bar's destinations for a visitor and for a member (bUnit, MudBlazor services, real resources, and the
/// real domain over a SQLite file for the member's badges).
/// </summary>
public sealed class NavigationTests : BunitContext, IAsyncLifetime
{
    private readonly BunitAuthorizationContext _auth;
    private DomainHarness _domain = default!;

    public NavigationTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        _auth = AddAuthorization();
    }

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        Services.AddSingleton(_domain.Get<ILiveEvents>());
        Services.AddSingleton(_domain.Get<NotificationService>());
        Services.AddSingleton(_domain.Get<ApplicationService>());
        Services.AddSingleton(_domain.Get<DevConnect.Domain.Moderation.ModerationAccess>());
        Services.AddSingleton(_domain.Get<DevConnect.Domain.Moderation.ModeratorDirectory>());
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _domain.DisposeAsync();
    }

    private IRenderedComponent<ContainerFragment> RenderShellBar(bool interactive) =>
        Render<ContainerFragment>(parameters => parameters.AddChildContent<CascadingValue<UiPreferences>>(cascade => cascade
            .Add(c => c.Value, new UiPreferences(DarkMode: false, IsInteractive: interactive))
            .AddChildContent(builder =>
            {
                builder.OpenComponent<MainNav>(0);
                builder.AddComponentParameter(1, nameof(MainNav.Horizontal), true);
                builder.CloseComponent();
                builder.OpenComponent<UserMenu>(2);
                builder.CloseComponent();
            })));

    private static string[] Links(IRenderedComponent<ContainerFragment> bar) =>
        bar.FindAll("a[href]").Select(a => a.GetAttribute("href")!).ToArray();

    [Fact]
    public void A_visitor_sees_projects_people_opportunities_log_in_and_sign_up()
    {
        var bar = RenderShellBar(interactive: true);

        Assert.Equal(["projects", "people", "opportunities", "Account/Login", "Account/Register"], Links(bar));
        Assert.Contains("Sign up", bar.Markup, StringComparison.Ordinal);
        Assert.Empty(bar.FindAll("[data-testid=user-menu]"));
    }

    [Fact]
    public void A_member_sees_for_you_mentoring_their_projects_applications_notifications_and_their_name()
    {
        _auth.SetAuthorized("grace@example.com");
        _auth.SetClaims(new System.Security.Claims.Claim(DevConnectClaimsFactory.DisplayNameClaim, "Grace Hopper"));

        var bar = RenderShellBar(interactive: true);

        Assert.Equal(["projects", "people", "for-you", "mentoring", "my/projects", "my/applications", "my/notifications"], Links(bar));
        Assert.Contains("Grace Hopper", bar.Find("[data-testid=user-menu]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Account/Login", bar.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_members_bell_counts_their_unread_notifications_and_follows_new_ones_live()
    {
        var member = await _domain.CreateMemberAsync("Grace Hopper");
        var notifications = _domain.Get<NotificationService>();
        await notifications.NotifyAsync(member, NotificationKind.NewMessage, "Ada wrote to you", "/messages/1", Xunit.TestContext.Current.CancellationToken);
        _auth.SetAuthorized("grace@example.com");
        _auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, member));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var bar = RenderShellBar(interactive: true);
        bar.WaitForAssertion(() => Assert.Equal("1", bar.Find("[data-testid=bell-count]").TextContent));

        await notifications.NotifyAsync(member, NotificationKind.MemberJoined, "Linus joined your project", "/projects/1", Xunit.TestContext.Current.CancellationToken);
        bar.WaitForAssertion(() => Assert.Equal("2", bar.Find("[data-testid=bell-count]").TextContent));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_user_menu_offers_moderation_to_moderators_only_once_it_is_opened(bool moderator)
    {
        var member = moderator
            ? await DevConnect.Tests.Moderation.ModerationSetup.ModeratorAsync(_domain, "Mo Derator")
            : await _domain.CreateMemberAsync("Grace Hopper");
        _auth.SetAuthorized("member@example.com");
        _auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, member));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var bar = Render<ContainerFragment>(parameters => parameters
            .AddChildContent<MudBlazor.MudPopoverProvider>()
            .AddChildContent<CascadingValue<UiPreferences>>(cascade => cascade
                .Add(c => c.Value, new UiPreferences(DarkMode: false, IsInteractive: true))
                .AddChildContent<UserMenu>()));
        Assert.Empty(bar.FindComponents<DevConnect.App.Components.Moderation.AdminMenuItem>());

        await bar.InvokeAsync(() => bar.Find("[data-testid=user-menu] button").Click());

        bar.WaitForAssertion(() => Assert.Contains("Account settings", bar.Markup, StringComparison.Ordinal));
        if (moderator)
        {
            bar.WaitForAssertion(() => Assert.Equal("admin", bar.Find("[data-testid=admin-link]").GetAttribute("href")));
        }
        else
        {
            // The menu item looks the role up when the menu opens, and shows nothing for a member.
            Assert.Single(bar.FindComponents<DevConnect.App.Components.Moderation.AdminMenuItem>());
            Assert.Empty(bar.FindAll("[data-testid=admin-link]"));
        }
    }

    [Fact]
    public async Task A_members_user_menu_leads_to_their_invitations_beside_their_messages()
    {
        var member = await _domain.CreateMemberAsync("Grace Hopper");
        _auth.SetAuthorized("grace@example.com");
        _auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, member));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var bar = Render<ContainerFragment>(parameters => parameters
            .AddChildContent<MudBlazor.MudPopoverProvider>()
            .AddChildContent<CascadingValue<UiPreferences>>(cascade => cascade
                .Add(c => c.Value, new UiPreferences(DarkMode: false, IsInteractive: true))
                .AddChildContent<UserMenu>()));

        await bar.InvokeAsync(() => bar.Find("[data-testid=user-menu] button").Click());

        bar.WaitForAssertion(() =>
        {
            var items = bar.FindAll(".mud-menu-item").Select(i => (Href: i.GetAttribute("href"), Text: i.TextContent.Trim())).ToList();
            var messages = items.FindIndex(i => i.Href == "messages");
            Assert.Equal(("my/invitations", "Invitations"), items[messages + 1]);
        });
    }

    [Fact]
    public void On_static_account_pages_a_member_gets_plain_links_instead_of_a_menu()
    {
        _auth.SetAuthorized("grace@example.com");
        // What the server does for a static page: the bell's island is prerendered, not yet interactive.
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var bar = RenderShellBar(interactive: false);

        Assert.Contains("Account/Manage", Links(bar));
        Assert.NotNull(bar.Find("form[action='Account/Logout'] button[type=submit]"));
    }

    [Theory]
    [InlineData("projects/42", "projects")]
    [InlineData("people?lang=rust", "people")]
    [InlineData("", "")]
    public void The_phone_navigation_marks_the_page_you_are_on_and_no_other(string page, string current)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(page);

        var nav = Render<ContainerFragment>(parameters => parameters.AddChildContent<CascadingValue<UiPreferences>>(cascade => cascade
            .Add(c => c.Value, new UiPreferences(DarkMode: false, IsInteractive: false))
            .AddChildContent<MainNav>(p => p.Add(n => n.Horizontal, false))));

        Assert.Equal(["", "projects", "people", "opportunities", "companies", "Account/Login", "Account/Register"], Links(nav));
        var marked = Assert.Single(nav.FindAll("a[aria-current=page]"));
        Assert.Equal(current, marked.GetAttribute("href"));
        Assert.Equal([marked], nav.FindAll("a.active"));
    }

    [Theory]
    [InlineData("my/applications", "my/applications")]
    [InlineData("Account/Manage/Email", "Account/Manage")]
    [InlineData("mentoring", "mentoring")]
    [InlineData("messages", null)]
    public void A_members_phone_navigation_marks_the_page_they_are_on_in_either_language(string page, string? current)
    {
        _auth.SetAuthorized("grace@example.com");
        Services.GetRequiredService<NavigationManager>().NavigateTo(page);

        // The list is written once per language, sign-in state and page (SharedMarkup): each must be its own.
        foreach (var (culture, projects) in new[] { ("fr", "Projets"), ("en", "Projects"), ("fr", "Projets") })
        {
            using var language = new CultureScope(culture);
            var nav = Render<ContainerFragment>(parameters => parameters.AddChildContent<CascadingValue<UiPreferences>>(cascade => cascade
                .Add(c => c.Value, new UiPreferences(DarkMode: false, IsInteractive: false))
                .AddChildContent<MainNav>(p => p.Add(n => n.Horizontal, false))));

            Assert.Equal(["", "projects", "people", "opportunities", "companies", "for-you", "mentoring", "my/projects", "my/applications", "Account/Manage"], Links(nav));
            Assert.Equal(projects, nav.Find("a[href=projects]").TextContent.Trim());
            Assert.Equal(current is null ? [] : [current], nav.FindAll("a[aria-current=page]").Select(a => a.GetAttribute("href")));
            Assert.Equal(current is null ? [] : [current], nav.FindAll("a.active").Select(a => a.GetAttribute("href")));
        }
    }
}

/// <summary>A neutral root so a test can render several components side by side.</summary>
public sealed class ContainerFragment : ComponentBase
{
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) =>
        builder.AddContent(0, ChildContent);
}
