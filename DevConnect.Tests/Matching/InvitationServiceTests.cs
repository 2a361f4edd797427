using DevConnect.Domain.Matching;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Matching;

/// <summary>"People who fit" a project and inviting them to apply, over a real database.</summary>
public sealed class InvitationServiceTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private string _owner = "";
    private int _project;

    private InvitationService Invitations => _domain.Get<InvitationService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(settings: new Dictionary<string, string?> { ["Matching:InvitationsPerDay"] = "2" });
        _owner = await MatchingSetup.MemberAsync(_domain, "Olga Owner", d => d with { Level = ExperienceLevel.Senior, OpenToMentoring = true, TimeZone = "Europe/Berlin" });
        _project = await MatchingSetup.ProjectAsync(_domain, _owner, "Ferris Garden", ["rust"], juniorFriendly: true, roles: ["backend", "docs"]);
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task The_owner_sees_members_who_know_the_projects_language_first_with_why_and_never_hidden_or_blocked_ones()
    {
        var rustacean = await MatchingSetup.MemberAsync(_domain, "Rita Rust", MatchingSetup.RustJunior);
        var pythonista = await MatchingSetup.MemberAsync(_domain, "Pia Python", d => d with { Skills = [new SkillDraft("Python", SkillLevel.Expert)], Level = ExperienceLevel.Junior });
        var unlisted = await MatchingSetup.MemberAsync(_domain, "Una Unlisted", d => MatchingSetup.RustJunior(d) with { IsListedInDirectory = false });
        var busy = await MatchingSetup.MemberAsync(_domain, "Bo Busy", d => MatchingSetup.RustJunior(d) with { OpenToCollaborate = false });
        var blocker = await MatchingSetup.MemberAsync(_domain, "Bea Blocker", MatchingSetup.RustJunior);
        await _domain.Get<BlockService>().BlockAsync(blocker, _owner);

        var people = (await Invitations.PeopleWhoFitAsync(_owner, _project))!;

        Assert.Equal(rustacean, people[0].UserId);
        Assert.DoesNotContain(people, p => p.UserId == pythonista);
        Assert.DoesNotContain(people, p => p.UserId == unlisted || p.UserId == busy || p.UserId == blocker);
        Assert.Equal("Rust", people[0].Match.Reasons.First(r => r.Kind == MatchReasonKind.Knows).Argument);
        Assert.Null(await Invitations.PeopleWhoFitAsync(rustacean, _project));
    }

    [Fact]
    public async Task An_invitation_notifies_the_member_and_opens_a_conversation_that_says_what_it_is_about()
    {
        var invitee = await MatchingSetup.MemberAsync(_domain, "Ivy Invitee", MatchingSetup.RustJunior);

        var invited = await Invitations.InviteAsync(_owner, _project, invitee, "backend");

        Assert.True(invited.Succeeded);
        var notification = Assert.Single(await _domain.Get<NotificationService>().ListAsync(invitee));
        Assert.Equal(("Olga Owner invites you to apply to Ferris Garden", "/my/invitations"), (notification.Text, notification.Link));
        var invitation = Assert.Single(await Invitations.ListForInviteeAsync(invitee));
        var conversation = (await _domain.Get<MessagingService>().GetAsync(invitee, invitation.ConversationId))!;
        Assert.StartsWith("Olga Owner invites you to apply to Ferris Garden as backend.", Assert.Single(conversation.Messages).Body, StringComparison.Ordinal);
        Assert.True((await Invitations.PeopleWhoFitAsync(_owner, _project))!.Single(p => p.UserId == invitee).Invited);
    }

    [Fact]
    public async Task Inviting_twice_a_blocked_or_unlisted_member_or_over_the_daily_limit_is_refused_with_a_clear_message()
    {
        var first = await MatchingSetup.MemberAsync(_domain, "First Fit", MatchingSetup.RustJunior);
        var second = await MatchingSetup.MemberAsync(_domain, "Second Fit", MatchingSetup.RustJunior);
        var third = await MatchingSetup.MemberAsync(_domain, "Third Fit", MatchingSetup.RustJunior);
        var unlisted = await MatchingSetup.MemberAsync(_domain, "Una Unlisted", d => d with { IsListedInDirectory = false });
        var blocked = await MatchingSetup.MemberAsync(_domain, "Blocked Fit", MatchingSetup.RustJunior);
        await _domain.Get<BlockService>().BlockAsync(_owner, blocked);

        await Invitations.InviteAsync(_owner, _project, first, "backend");

        Assert.Equal(InvitationErrors.AlreadyInvited, (await Invitations.InviteAsync(_owner, _project, first, "backend")).Errors[0].Code);
        Assert.Equal(InvitationErrors.NotInvitable, (await Invitations.InviteAsync(_owner, _project, unlisted, "backend")).Errors[0].Code);
        Assert.Equal(InvitationErrors.NotInvitable, (await Invitations.InviteAsync(_owner, _project, blocked, "backend")).Errors[0].Code);
        var badRole = (await Invitations.InviteAsync(_owner, _project, second, "astronaut")).Errors[0];
        Assert.Equal(("Role", InvitationErrors.RoleUnknown), (badRole.Field, badRole.Code));
        Assert.Equal("ProjectNotFound", (await Invitations.InviteAsync(first, _project, second, "backend")).Errors[0].Code);
        Assert.True((await Invitations.InviteAsync(_owner, _project, second, "docs")).Succeeded);
        var limited = await Invitations.InviteAsync(_owner, _project, third, "backend");
        Assert.StartsWith("You can send 2 invitations a day. You can invite again at ", Assert.Single(limited.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_invitee_accepts_or_declines_once_and_the_owner_is_told()
    {
        var accepting = await MatchingSetup.MemberAsync(_domain, "Ada Accepts", MatchingSetup.RustJunior);
        var declining = await MatchingSetup.MemberAsync(_domain, "Dan Declines", MatchingSetup.RustJunior);
        var yes = (await Invitations.InviteAsync(_owner, _project, accepting, "backend")).Value;
        var no = (await Invitations.InviteAsync(_owner, _project, declining, "docs")).Value;

        var accepted = await Invitations.AnswerAsync(accepting, yes, accept: true);
        var declined = await Invitations.AnswerAsync(declining, no, accept: false);
        var again = await Invitations.AnswerAsync(declining, no, accept: true);
        var stranger = await Invitations.AnswerAsync(accepting, no, accept: true);

        Assert.Equal((InvitationStatus.Accepted, "backend"), (accepted.Value!.Status, accepted.Value.Role));
        Assert.Equal(InvitationStatus.Declined, declined.Value!.Status);
        Assert.Equal("You have already answered this invitation.", Assert.Single(again.Errors).Message);
        Assert.Equal("This invitation does not exist.", Assert.Single(stranger.Errors).Message);
        var told = (await _domain.Get<NotificationService>().ListAsync(_owner)).Select(n => n.Text).ToList();
        Assert.Contains("Ada Accepts accepted your invitation to Ferris Garden", told);
        Assert.Contains("Dan Declines declined your invitation to Ferris Garden", told);
    }
}
