using System.Globalization;
using Bunit;
using DevConnect.App.Components.Applications;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DevConnect.Tests.Applications;

/// <summary>
/// Applying from a project page, as the applicant sees it, over the real services and a real SQLite file (bUnit):
/// errors at their field, what an unconfirmed member is told, what anyone is told when the database refuses the
/// write, and the owner's answer arriving live.
/// </summary>
public sealed class ApplyPanelTests : DomainComponentContext
{
    private const string Message = "I have shipped two small Go services and would love to learn from your team.";
    private readonly TestDirectory _files = new();
    private string _owner = "";
    private int _projectId;

    private string DatabaseFile => _files.File("apply.db");

    // A one-second busy timeout, so a write behind the test's lock fails quickly instead of after 30 seconds.
    protected override IDictionary<string, string?> DomainSettings => new Dictionary<string, string?>
    {
        // SQLite on every run: the lock below is SQLite's.
        [DevConnect.Domain.Persistence.DatabaseRegistration.ProviderKey] = "Sqlite",
        ["ConnectionStrings:DevConnect"] = $"Data Source={DatabaseFile};Default Timeout=1",
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _files.Dispose();
    }

    /// <param name="applicantConfirmed">Null for a visitor who is not signed in.</param>
    private async Task<IRenderedComponent<ApplyPanel>> RenderPanelAsync(bool? applicantConfirmed)
    {
        _owner = await Domain.CreateMemberAsync("Panel Owner");
        _projectId = (await PostAsync(_owner, "Apply here", "backend", "docs")).ProjectId!.Value;
        if (applicantConfirmed is { } confirmed)
        {
            await SignInAsync("Panel Applicant", emailConfirmed: confirmed);
        }

        var project = (await Domain.Get<ProjectService>().GetAsync(_projectId))!;
        return Render<ApplyPanel>(p => p.Add(a => a.Project, project));
    }

    private async Task<IRenderedComponent<ApplyPanel>> OpenPanelAsync(bool confirmedApplicant, string message = Message)
    {
        var panel = await RenderPanelAsync(confirmedApplicant);
        panel.Find("[data-testid=apply-open]").Click();
        panel.Find("#apply-message").Input(message);
        return panel;
    }

    private async Task<ApplicationView> OnlyApplicationAsync() =>
        Assert.Single((await Domain.Get<ApplicationService>().ListForProjectAsync(_owner, _projectId)).Items);

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

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_offered_to_log_in_and_come_back()
    {
        var panel = await RenderPanelAsync(applicantConfirmed: null);

        var login = panel.FindAll("a").Single(a => a.TextContent.Trim() == "Log in to apply");

        Assert.Equal($"Account/Login?returnUrl=/projects/{_projectId}/apply-here", login.GetAttribute("href"));
    }

    [Fact]
    public async Task An_applicant_sees_a_too_short_message_explained_at_the_message_field()
    {
        var panel = await OpenPanelAsync(confirmedApplicant: true, "Hi, count me in!");

        panel.Find("[data-testid=apply-send]").Click();

        panel.WaitForAssertion(() =>
        {
            Assert.Equal("true", panel.Find("#apply-message").GetAttribute("aria-invalid"));
            Assert.Contains("Write 20 to 2,000 characters: who you are and what you would like to do.", panel.Markup, StringComparison.Ordinal);
        });
        Assert.Equal("Hi, count me in!", panel.Find("#apply-message").GetAttribute("value"));
        Assert.Empty((await Domain.Get<ApplicationService>().ListForProjectAsync(_owner, _projectId)).Items);
    }

    [Fact]
    public async Task A_sent_application_goes_out_with_the_chosen_role_and_shows_as_waiting()
    {
        var panel = await OpenPanelAsync(confirmedApplicant: true);

        panel.Find("button[data-role=docs]").Click();
        Assert.Equal("true", panel.Find("button[data-role=docs]").GetAttribute("aria-pressed"));
        panel.Find("[data-testid=apply-send]").Click();

        panel.WaitForAssertion(() =>
            Assert.Equal("Your application is waiting for the owner's answer", panel.Find("[data-testid=apply-state]").TextContent));
        var application = await OnlyApplicationAsync();
        Assert.Equal(("docs", Message), (application.Role, application.Message));
    }

    [Fact]
    public async Task The_owner_s_acceptance_shows_on_the_applicant_s_panel_without_a_reload()
    {
        var panel = await OpenPanelAsync(confirmedApplicant: true);
        panel.Find("[data-testid=apply-send]").Click();
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=apply-state]")));
        var application = await OnlyApplicationAsync();

        await Domain.Get<ApplicationService>().AcceptAsync(_owner, application.Id, application.Version);

        panel.WaitForAssertion(() =>
            Assert.Equal("You are on this project's team", panel.Find("[data-testid=apply-state]").TextContent), Patience.Wait);
    }
}
