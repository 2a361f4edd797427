using Bunit;
using DevConnect.App.Components.Moderation;
using DevConnect.Domain.Moderation;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Moderation;

/// <summary>The report dialog and the live queue, rendered by bUnit over the real services and a real database.</summary>
public sealed class ModerationComponentTests : DomainComponentContext
{
    private async Task<(string Owner, int Project)> ProjectAsync()
    {
        var owner = await Domain.CreateMemberAsync("Olive Owner");
        return (owner, await ModerationSetup.PostAsync(Domain, owner, "Lighthouse"));
    }

    [Fact]
    public async Task The_report_dialog_asks_for_a_reason_requires_words_for_other_and_sends_once()
    {
        var (owner, project) = await ProjectAsync();
        var reporter = await SignInAsync("Rita Reporter");
        var button = RenderWithProviders<ReportButton>(p => p
            .Add(b => b.Kind, ReportedItemKind.Project).Add(b => b.ItemId, ModerationSetup.Id(project)).Add(b => b.AuthorId, owner));
        var root = button;
        await root.InvokeAsync(() => root.Find("[data-testid=report-button]").Click());
        var dialog = FindDialog();

        await dialog.InvokeAsync(() => dialog.Find("[data-testid=report-send]").Click());
        dialog.WaitForAssertion(() => Assert.Contains("Choose a reason.", dialog.Markup, StringComparison.Ordinal));
        await dialog.InvokeAsync(() => dialog.Find("input[data-reason=other]").Click());
        await dialog.InvokeAsync(() => dialog.Find("[data-testid=report-send]").Click());
        dialog.WaitForAssertion(() => Assert.Contains("Write a few words", dialog.Markup, StringComparison.Ordinal));
        Assert.False(await Domain.Get<ReportService>().HasOpenReportAsync(reporter, ReportedItemKind.Project, ModerationSetup.Id(project)));

        await dialog.InvokeAsync(() => dialog.Find("#report-details").Input("It copies another project word for word."));
        await dialog.InvokeAsync(() => dialog.Find("[data-testid=report-send]").Click());

        dialog.WaitForAssertion(() => Assert.False(DialogShown()));
        Assert.True(await Domain.Get<ReportService>().HasOpenReportAsync(reporter, ReportedItemKind.Project, ModerationSetup.Id(project)));
        await root.InvokeAsync(() => root.Find("[data-testid=report-button]").Click());
        var again = FindDialog();
        again.WaitForAssertion(() => Assert.Contains("already reported", again.Find("[data-testid=report-error]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_owner_sees_no_report_button_on_their_own_project()
    {
        var owner = await SignInAsync("Olive Owner");
        var project = await ModerationSetup.PostAsync(Domain, owner, "Lighthouse");

        var button = Render<ReportButton>(p => p.Add(b => b.Kind, ReportedItemKind.Project).Add(b => b.ItemId, ModerationSetup.Id(project)).Add(b => b.AuthorId, owner));

        Assert.Empty(button.FindAll("[data-testid=report-button]"));
    }

    [Fact]
    public async Task A_report_appears_in_an_open_queue_without_a_reload_and_dismissing_empties_it()
    {
        var (_, project) = await ProjectAsync();
        var moderator = await ModerationSetup.ModeratorAsync(Domain, "Mo Derator");
        SignInAs("Mo Derator", moderator);
        var queue = RenderWithProviders<ModerationQueueView>(p => p.Add(q => q.UserId, moderator));
        queue.WaitForAssertion(() => Assert.Contains("Nothing to review", queue.Markup, StringComparison.Ordinal));
        var reporter = await Domain.CreateMemberAsync("Rita Reporter");

        await Domain.Get<ReportService>().FileAsync(reporter, new ReportRequest(ReportedItemKind.Project, ModerationSetup.Id(project), ReportReason.Scam, "Asks for money up front."));

        queue.WaitForAssertion(() =>
        {
            var item = queue.Find("[data-testid=queue-item]");
            Assert.Contains("Lighthouse", item.TextContent, StringComparison.Ordinal);
            Assert.Contains("Scam or fraud", item.TextContent, StringComparison.Ordinal);
            Assert.Contains("Asks for money up front.", item.TextContent, StringComparison.Ordinal);
            Assert.Contains("Olive Owner", item.QuerySelector("[data-testid=member-history]")!.TextContent, StringComparison.Ordinal);
        });
        await queue.InvokeAsync(() => queue.Find("[data-testid=dismiss]").Click());
        queue.WaitForAssertion(() => Assert.Empty(queue.FindAll("[data-testid=queue-item]")));
        Assert.Equal(ModerationActionKind.Dismiss, (await Domain.Get<ModerationQueue>().AuditAsync(moderator)).Items.Single().Action);
    }

    [Fact]
    public async Task Hiding_from_the_queue_asks_for_the_reason_the_author_will_read()
    {
        var (_, project) = await ProjectAsync();
        var moderator = await ModerationSetup.ModeratorAsync(Domain, "Mo Derator");
        SignInAs("Mo Derator", moderator);
        var reporter = await Domain.CreateMemberAsync("Rita Reporter");
        await Domain.Get<ReportService>().FileAsync(reporter, new ReportRequest(ReportedItemKind.Project, ModerationSetup.Id(project), ReportReason.Spam, null));
        var queue = RenderWithProviders<ModerationQueueView>(p => p.Add(q => q.UserId, moderator));
        queue.WaitForAssertion(() => Assert.NotEmpty(queue.FindAll("[data-testid=hide]")));

        await queue.InvokeAsync(() => queue.Find("[data-testid=hide]").Click());
        var dialog = FindDialog();
        await dialog.InvokeAsync(() => dialog.Find("[data-testid=confirm-action]").Click());
        dialog.WaitForAssertion(() => Assert.Contains("Write a few words", dialog.Markup, StringComparison.Ordinal));
        await dialog.InvokeAsync(() => dialog.Find("#moderation-reason").Input("Advertising"));
        await dialog.InvokeAsync(() => dialog.Find("[data-testid=confirm-action]").Click());

        queue.WaitForAssertion(() => Assert.Empty(queue.FindAll("[data-testid=queue-item]")));
        Assert.Equal("Advertising", (await Domain.Get<DevConnect.Domain.Projects.ProjectService>().GetAsync(project))!.State.HiddenReason);
    }

    /// <summary>The dialog provider once a dialog shows in it.</summary>
    private IRenderedComponent<MudBlazor.MudDialogProvider> FindDialog()
    {
        var provider = DialogProvider;
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll(".mud-dialog")));
        return provider;
    }
}
