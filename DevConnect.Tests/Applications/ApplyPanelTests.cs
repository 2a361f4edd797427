using System.Globalization;
using System.Security.Claims;
using Bunit;
using DevConnect.App.Components.Applications;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DevConnect.Tests.Applications;

/// <summary>
/// The apply panel over the real services and a real SQLite file (bUnit): what an unconfirmed member is told, and
/// what anyone is told when the database refuses the write.
/// </summary>
public sealed class ApplyPanelTests : BunitContext, IAsyncLifetime
{
    private const string Message = "I have shipped two small Go services and would love to learn from your team.";
    private readonly TestDirectory _files = new();
    private DomainHarness _domain = default!;
    private Bunit.TestDoubles.BunitAuthorizationContext _auth = default!;

    private string DatabaseFile => _files.File("apply.db");

    public async ValueTask InitializeAsync()
    {
        // A one-second busy timeout, so a write behind the test's lock fails quickly instead of after 30 seconds. SQLite
        // on every run: the lock below is SQLite's.
        _domain = await DomainHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            [DevConnect.Domain.Persistence.DatabaseRegistration.ProviderKey] = "Sqlite",
            ["ConnectionStrings:DevConnect"] = $"Data Source={DatabaseFile};Default Timeout=1",
        });
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(_domain.Get<ApplicationService>());
        Services.AddSingleton(_domain.Get<MessagingService>());
        Services.AddSingleton(_domain.Get<ILiveEvents>());
        _auth = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _domain.DisposeAsync();
        _files.Dispose();
    }

    private async Task<IRenderedComponent<ApplyPanel>> OpenPanelAsync(bool confirmedApplicant)
    {
        var owner = await _domain.CreateMemberAsync("Panel Owner");
        var applicant = await _domain.CreateMemberAsync("Panel Applicant", emailConfirmed: confirmedApplicant);
        var projects = _domain.Get<ProjectService>();
        var created = await projects.CreateAsync(owner, new ProjectDraft
        {
            Name = "Apply here", Summary = "A project that is recruiting", Status = ProjectStatus.Recruiting, Roles = [new RoleDraft("backend", true)],
        });
        var project = (await projects.GetAsync(created.ProjectId!.Value))!;
        _auth.SetAuthorized("Panel Applicant").SetClaims(new Claim(ClaimTypes.NameIdentifier, applicant));

        var panel = Render<ApplyPanel>(p => p.Add(a => a.Project, project));
        panel.Find("[data-testid=apply-open]").Click();
        panel.Find("#apply-message").Input(Message);
        return panel;
    }

    [Fact]
    public async Task An_unconfirmed_member_is_asked_to_confirm_before_applying_not_before_posting()
    {
        var panel = await OpenPanelAsync(confirmedApplicant: false);

        panel.Find("[data-testid=apply-send]").Click();

        panel.WaitForAssertion(() =>
        {
            var error = panel.Find("[data-testid=apply-error]").TextContent;
            Assert.Contains("Confirm your email address before applying.", error, StringComparison.Ordinal);
            Assert.DoesNotContain("posting", error, StringComparison.Ordinal);
            Assert.NotNull(panel.Find("[data-testid=apply-error] a[href='Account/Manage']"));
        });
    }

    [Fact]
    public async Task A_French_reader_is_asked_to_confirm_before_applying()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("fr");
        try
        {
            var panel = await OpenPanelAsync(confirmedApplicant: false);

            panel.Find("[data-testid=apply-send]").Click();

            panel.WaitForAssertion(() =>
            {
                var error = panel.Find("[data-testid=apply-error]").TextContent;
                Assert.Contains("Confirmez votre adresse e-mail avant de postuler.", error, StringComparison.Ordinal);
                Assert.DoesNotContain("publier", error, StringComparison.Ordinal);
            });
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task When_the_database_refuses_the_write_the_application_says_it_was_not_sent_and_keeps_the_message()
    {
        var panel = await OpenPanelAsync(confirmedApplicant: true);
        await using var locker = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await locker.OpenAsync();
        await using (var begin = locker.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();
        }

        panel.Find("[data-testid=apply-send]").Click();

        panel.WaitForAssertion(
            () => Assert.Contains("This was not sent", panel.Find("[data-testid=apply-error]").TextContent, StringComparison.Ordinal),
            Patience.Wait);
        Assert.Equal(Message, panel.Find("#apply-message").GetAttribute("value"));
        Assert.Empty(panel.FindAll("[data-testid=apply-state]"));

        await using (var rollback = locker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        panel.Find("[data-testid=apply-send]").Click();
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=apply-state]")), Patience.Wait);
    }
}
