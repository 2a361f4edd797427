using DevConnect.Domain.Messaging;
using DevConnect.Domain.Moderation;
using DevConnect.Domain.Persistence;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Moderation;

/// <summary>Who may act as a moderator, on what, and the audit log every action writes.</summary>
public sealed class ModeratorActionTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private string _owner = "";
    private string _moderator = "";
    private int _project;

    private ModerationService Moderation => _domain.Get<ModerationService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync(settings: ModerationSetup.AdminSettings);
        _owner = await _domain.CreateMemberAsync("Olive Owner");
        _moderator = await ModerationSetup.ModeratorAsync(_domain);
        _project = await ModerationSetup.PostAsync(_domain, _owner, "Lighthouse");
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task A_member_who_is_not_a_moderator_gets_the_same_refusal_for_every_action_and_sees_no_queue()
    {
        var member = await _domain.CreateMemberAsync("Mallory Member");
        var id = ModerationSetup.Id(_project);
        var members = _domain.Get<MemberModerationService>();

        DomainResult[] results =
        [
            await Moderation.HideAsync(member, ReportedItemKind.Project, id, "because"),
            await Moderation.RestoreAsync(member, ReportedItemKind.Project, id),
            await Moderation.DismissAsync(member, ReportedItemKind.Project, id),
            await Moderation.ApproveAsync(member, ReportedItemKind.Project, id),
            await members.WarnAsync(member, _owner, "because"),
            await members.SuspendAsync(member, _owner, null, "because"),
            await members.LiftSuspensionAsync(member, _owner),
        ];

        Assert.All(results, r => Assert.Equal(ModerationErrors.NotModerator, r.Error!.Code));
        Assert.Null(await _domain.Get<ModerationQueue>().ListAsync(member));
        Assert.Empty((await _domain.Get<ModerationQueue>().AuditAsync(member)).Items);
        Assert.True((await _domain.Get<DevConnect.Domain.Projects.ProjectService>().GetAsync(_project))!.State.IsPublic);
    }

    [Fact]
    public async Task A_moderator_does_not_act_on_their_own_account_or_content()
    {
        var own = await ModerationSetup.PostAsync(_domain, _moderator, "Moderator's Garden");

        var hide = await Moderation.HideAsync(_moderator, ReportedItemKind.Project, ModerationSetup.Id(own), "tidy up");
        var suspend = await _domain.Get<MemberModerationService>().SuspendAsync(_moderator, _moderator, null, "oops");

        Assert.Equal(ModerationErrors.Self, hide.Error!.Code);
        Assert.Equal(ModerationErrors.Self, suspend.Error!.Code);
    }

    [Fact]
    public async Task Hiding_needs_a_reason_the_member_will_read()
    {
        var missing = await Moderation.HideAsync(_moderator, ReportedItemKind.Project, ModerationSetup.Id(_project), "  ");
        var tooLong = await Moderation.HideAsync(_moderator, ReportedItemKind.Project, ModerationSetup.Id(_project), new string('x', AuditEntry.ReasonMaxLength + 1));

        Assert.Equal((ModerationService.ReasonField, ModerationErrors.ReasonRequired), (missing.Error!.Field, missing.Error.Code));
        Assert.Equal(ModerationErrors.DetailsTooLong, tooLong.Error!.Code);
    }

    [Fact]
    public async Task A_warning_reaches_the_member_as_a_notification_with_the_reason()
    {
        var result = await _domain.Get<MemberModerationService>().WarnAsync(_moderator, _owner, "Please keep the tone friendly.");

        Assert.True(result.Succeeded);
        var notification = Assert.Single(await _domain.Get<NotificationService>().ListAsync(_owner));
        Assert.Equal(NotificationKind.ModeratorWarning, notification.Kind);
        Assert.Contains("Please keep the tone friendly.", notification.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_administrator_from_configuration_grants_and_removes_the_moderator_role()
    {
        var admin = await ModerationSetup.AdministratorAsync(_domain);
        var roles = _domain.Get<ModeratorRoles>();
        var access = _domain.Get<ModerationAccess>();
        var handle = (await _domain.Get<DevConnect.Domain.Profiles.ProfileService>().FindByUserIdAsync(_owner))!.Handle;

        // The menu's answer is kept for every page; a role change on this server forgets it at once.
        var menu = _domain.Get<ModeratorDirectory>();
        var linkBefore = await menu.ShowsModerationAsync(_owner);

        var byModerator = await roles.GrantAsync(_moderator, handle);
        var granted = await roles.GrantAsync(admin, handle);
        var isModerator = await access.IsModeratorAsync(_owner);
        var linkGranted = await menu.ShowsModerationAsync(_owner);
        var listed = await roles.ListAsync(admin);
        var removed = await roles.RemoveAsync(admin, handle);

        Assert.Equal(ModerationErrors.NotAdministrator, byModerator.Error!.Code);
        Assert.True(granted.Succeeded && removed.Succeeded);
        Assert.True(isModerator);
        Assert.False(await access.IsModeratorAsync(_owner));
        Assert.Equal((false, true, false), (linkBefore, linkGranted, await menu.ShowsModerationAsync(_owner)));
        Assert.True(await menu.ShowsModerationAsync(admin));
        Assert.Contains(listed, m => m.UserId == admin && m.IsAdministrator);
        Assert.Contains(listed, m => m.UserId == _owner && m.HasRole);
        Assert.True(await access.IsModeratorAsync(admin));
        Assert.Equal(ModerationErrors.UserNotFound, (await roles.GrantAsync(admin, "nobody-here")).Error!.Code);
    }

    [Fact]
    public async Task Every_action_is_an_audit_row_newest_first_and_the_log_refuses_to_be_changed()
    {
        var reporter = await _domain.CreateMemberAsync("Rita Reporter");
        var id = ModerationSetup.Id(_project);
        await _domain.Get<ReportService>().FileAsync(reporter, new ReportRequest(ReportedItemKind.Project, id, ReportReason.Spam, null));

        await Moderation.DismissAsync(_moderator, ReportedItemKind.Project, id);
        await Moderation.HideAsync(_moderator, ReportedItemKind.Project, id, "Advertising");
        await Moderation.RestoreAsync(_moderator, ReportedItemKind.Project, id);

        var log = await _domain.Get<ModerationQueue>().AuditAsync(_moderator);
        Assert.Equal([ModerationActionKind.Restore, ModerationActionKind.Hide, ModerationActionKind.Dismiss], log.Items.Select(r => r.Action));
        Assert.All(log.Items, r => Assert.Equal("Mo Derator", r.ActorName));
        Assert.Equal("Advertising", log.Items[1].Reason);
        Assert.Equal("Olive Owner", log.Items[1].TargetName);

        await using var db = await _domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var entry = await db.ModerationAudit.FirstAsync(TestContext.Current.CancellationToken);
        db.ModerationAudit.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, await db.ModerationAudit.CountAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain(typeof(AuditEntry).GetProperties(), p => p.SetMethod?.IsPublic == true);
    }
}
