using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using DevConnect.Domain.Applications;
using DevConnect.Domain.GitHub;
using DevConnect.Domain.Live;
using DevConnect.Domain.Media;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// bUnit with MudBlazor's providers over the real domain services and a real SQLite file, for the project and
/// application components: a test signs a member in, renders a component, and reads what a person would see.
/// </summary>
public abstract class DomainComponentContext : BunitContext, IAsyncLifetime
{
    private BunitAuthorizationContext _auth = default!;
    private IRenderedComponent<Layout.ContainerFragment>? _root;

    protected DomainHarness Domain { get; private set; } = default!;

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    /// <summary>The demo community (with stored GitHub snapshots) when true; an empty database otherwise.</summary>
    protected virtual bool SeedDemoData => false;

    /// <summary>Configuration over the harness's own (a connection string that gives up sooner, say).</summary>
    protected virtual IDictionary<string, string?>? DomainSettings => null;

    /// <summary>Last word on the domain's services, for a test that watches one of them (its database, say).</summary>
    protected virtual void ConfigureDomain(IServiceCollection services)
    {
    }

    public async ValueTask InitializeAsync()
    {
        Domain = await DomainHarness.StartAsync(seedDemoData: SeedDemoData, settings: DomainSettings, configure: ConfigureDomain);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<MarkdownRenderer>();
        Services.AddSingleton(Domain.Get<ProjectService>());
        Services.AddSingleton(Domain.Get<ImageUploadService>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Organizations.OrganizationService>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Organizations.OrganizationMembership>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.TeamRecord.TeamRecordService>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Organizations.OrganizationContact>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Opportunities.OpportunityService>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Opportunities.OpportunityApplications>());
        Services.AddSingleton(Domain.Get<GitHubReads>());
        Services.AddSingleton(Domain.Get<SharedProjectReads>());
        Services.AddSingleton(Domain.Get<ProjectChangeVersion>());
        Services.AddSingleton(Domain.Get<ApplicationService>());
        Services.AddSingleton(Domain.Get<MessagingService>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Matching.MatchingService>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Matching.InvitationService>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Matching.MentoringService>());
        Services.AddSingleton(Domain.Get<ILiveEvents>());
        Services.AddSingleton(Domain.Get<TimeProvider>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Moderation.ReportService>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Moderation.ModerationQueue>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Moderation.ModerationService>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Moderation.MemberModerationService>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Safety.BlockService>());
        Services.AddSingleton(Domain.Get<DevConnect.Domain.Moderation.PlatformHealthService>());
        Services.AddScoped<DevConnect.App.Infrastructure.CircuitAdmission>();
        _auth = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public new virtual async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Domain.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Registers a member and signs them in for the components rendered next; returns their user id.</summary>
    protected async Task<string> SignInAsync(string displayName, bool emailConfirmed = true)
    {
        var id = await Domain.CreateMemberAsync(displayName, emailConfirmed);
        SignInAs(displayName, id);
        return id;
    }

    protected void SignInAs(string displayName, string userId) =>
        _auth.SetAuthorized(displayName).SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));

    protected Task<ProjectSaveResult> PostAsync(string ownerId, string name, params string[] roles) =>
        Domain.Get<ProjectService>().CreateAsync(ownerId, new ProjectDraft
        {
            Name = name,
            Summary = "A project for a component test",
            Status = ProjectStatus.Recruiting,
            Roles = roles.Select(r => new RoleDraft(r, true)).ToList(),
        });

    /// <summary>Renders <typeparamref name="T"/> beside the popover and dialog providers, as the app's layout does.</summary>
    protected IRenderedComponent<T> RenderWithProviders<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null)
        where T : IComponent
    {
        _root = Render<Layout.ContainerFragment>(p => p
            .AddChildContent<MudPopoverProvider>()
            .AddChildContent<MudDialogProvider>()
            .AddChildContent(parameters ?? (_ => { })));
        return _root.FindComponent<T>();
    }

    /// <summary>
    /// Where the next navigation lands. A navigation that waits on a question ends after the answer, with no render
    /// for a <c>WaitForAssertion</c> to look again on, so tests wait on the navigation itself.
    /// </summary>
    protected Task<string> NextLocationAsync()
    {
        var landed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Navigation.LocationChanged += (_, e) => landed.TrySetResult(e.Location);
        return landed.Task.WaitAsync(Patience.Wait, Xunit.TestContext.Current.CancellationToken);
    }

    private IRenderedComponent<Layout.ContainerFragment> Root => _root ?? throw new InvalidOperationException("Render with RenderWithProviders first.");

    /// <summary>
    /// Whether a dialog is open, read from the dialog provider itself: a wait driven by the provider's renders must
    /// read the provider's markup, because the root's markup is refreshed after the provider's in the same batch and
    /// the last check would otherwise see the dialog that has just closed.
    /// </summary>
    protected bool DialogShown() => DialogProvider.FindAll(".mud-dialog").Count > 0;

    /// <summary>The dialog provider, for a test that fills in a dialog's own form.</summary>
    protected IRenderedComponent<MudDialogProvider> DialogProvider => Root.FindComponent<MudDialogProvider>();

    /// <summary>The text of the open message box, once it shows.</summary>
    protected string DialogText()
    {
        var root = Root;
        var text = "";
        root.WaitForAssertion(() => text = root.Find(".mud-dialog").TextContent);
        return text;
    }

    /// <summary>Clicks the open message box's button that reads <paramref name="label"/>.</summary>
    protected async Task AnswerDialogAsync(string label)
    {
        var root = Root;
        root.WaitForAssertion(() => Assert.NotEmpty(root.FindAll(".mud-dialog button")));
        await root.InvokeAsync(() => root.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == label).Click());
    }
}
