using DevConnect.Domain.Accounts;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Messaging;

public sealed class NotificationEmailTests : IAsyncLifetime
{
    private const string Pitch = "Hello, I would like to help with the documentation.";
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private DomainHarness _domain = default!;
    private string _owner = "";
    private int _project;

    private NotificationEmails Emails => _domain.Get<NotificationEmails>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(clock: _clock);
        _owner = await _domain.CreateMemberAsync("Mail Owner");
        _project = (await _domain.Get<ProjectService>().CreateAsync(_owner, new ProjectDraft
        {
            Name = "Mailbox", Summary = "Letters", Status = ProjectStatus.Recruiting, Roles = [new RoleDraft("docs", true)],
        })).ProjectId!.Value;
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task ApplyAs(string name)
    {
        var applicant = await _domain.CreateMemberAsync(name);
        Assert.True((await _domain.Get<ApplicationService>().ApplyAsync(applicant, _project, "docs", Pitch)).Succeeded);
    }

    [Fact]
    public async Task By_default_a_new_application_is_emailed_to_the_owner_with_a_working_unsubscribe_link()
    {
        await ApplyAs("First Applicant");

        var email = Assert.Single(await _domain.DeliveredEmailsAsync());
        Assert.Contains("First Applicant applied to Mailbox as docs", email, StringComparison.Ordinal);
        // RFC 8058 headers, not encoded (a long address may be folded onto the next line, which mail clients unfold).
        Assert.Matches("\r\nList-Unsubscribe:\\s*<http://localhost:5000/unsubscribe\\?token=[^>\\s]+>\r\n", email);
        Assert.Contains("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n", email, StringComparison.Ordinal);
        var token = Uri.UnescapeDataString(System.Text.RegularExpressions.Regex.Match(email, "unsubscribe\\?token=([^\"&>\\s]+)").Groups[1].Value);
        Assert.True(await Emails.UnsubscribeAsync(System.Net.WebUtility.HtmlDecode(token)));
        Assert.Equal(EmailFrequency.Off, await Emails.GetPreferenceAsync(_owner));

        await ApplyAs("Second Applicant");
        Assert.Single(await _domain.DeliveredEmailsAsync());
    }

    [Fact]
    public async Task A_forged_or_edited_token_unsubscribes_nobody()
    {
        var token = _domain.Get<IUnsubscribeTokens>().Create(_owner);

        Assert.False(await Emails.UnsubscribeAsync(token[..^2] + "xx"));
        Assert.False(await Emails.UnsubscribeAsync("not-a-token"));
        Assert.Equal(EmailFrequency.Immediately, await Emails.GetPreferenceAsync(_owner));
    }

    [Fact]
    public async Task Digest_members_get_one_email_a_day_with_what_they_have_not_read()
    {
        await Emails.SetPreferenceAsync(_owner, EmailFrequency.DailyDigest);
        await ApplyAs("Digest One");
        await ApplyAs("Digest Two");
        Assert.Empty(await _domain.DeliveredEmailsAsync());

        Assert.Equal(1, await Emails.SendDigestsAsync());
        Assert.Equal(0, await Emails.SendDigestsAsync());

        var digest = Assert.Single(await _domain.DeliveredEmailsAsync());
        Assert.Contains("2 new notifications", digest, StringComparison.Ordinal);
        Assert.Contains("Digest One applied", digest, StringComparison.Ordinal);
        Assert.Contains("Digest Two applied", digest, StringComparison.Ordinal);
        _clock.Advance(TimeSpan.FromDays(1));
        await ApplyAs("Digest Three");
        Assert.Equal(1, await Emails.SendDigestsAsync());
    }

    [Fact]
    public async Task The_team_conversation_holds_the_owner_and_accepted_members_only()
    {
        var applications = _domain.Get<ApplicationService>();
        var messaging = _domain.Get<MessagingService>();
        var member = await _domain.CreateMemberAsync("Team Member");
        var outsider = await _domain.CreateMemberAsync("Not In Team");
        var applied = await applications.ApplyAsync(member, _project, "docs", Pitch);
        var view = (await applications.FindForOwnerAsync(_owner, applied.ApplicationId!.Value))!;

        await applications.AcceptAsync(_owner, view.Id, view.Version);
        var team = (await messaging.TeamConversationAsync(member, _project))!.Value;
        await messaging.PostAsync(_owner, team, "Welcome to the team, everyone!");

        Assert.Equal(team, await messaging.TeamConversationAsync(_owner, _project));
        Assert.Contains((await messaging.GetAsync(member, team))!.Messages, m => m.Body == "Welcome to the team, everyone!");
        Assert.Null(await messaging.GetAsync(outsider, team));
        await applications.RemoveMemberAsync(member, _project, member);
        Assert.Null(await messaging.GetAsync(member, team));
    }
}
