using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Moderation;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Moderation;

/// <summary>Who may report what, and how often: the rules a crafted request meets just as the dialog does.</summary>
public sealed class ReportRulesTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;
    private string _owner = "";
    private int _project;

    private ReportService Reports => _domain.Get<ReportService>();

    public async ValueTask InitializeAsync()
    {
        _domain = await DomainHarness.StartAsync();
        _owner = await _domain.CreateMemberAsync("Olive Owner");
        _project = await ModerationSetup.PostAsync(_domain, _owner, "Lighthouse");
    }

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task A_member_reports_a_project_once_and_the_queue_hears_of_it_at_once()
    {
        var reporter = await _domain.CreateMemberAsync("Rita Reporter");
        using var queue = new LiveProbe<ModerationQueueChanged>(_domain.Get<ILiveEvents>(), ModerationKeys.Queue);

        var first = await Reports.FileAsync(reporter, new ReportRequest(ReportedItemKind.Project, ModerationSetup.Id(_project), ReportReason.Spam, null));
        var second = await Reports.FileAsync(reporter, new ReportRequest(ReportedItemKind.Project, ModerationSetup.Id(_project), ReportReason.Scam, "again"));

        Assert.True(first.Succeeded);
        Assert.Equal(ModerationErrors.AlreadyReported, second.Error!.Code);
        Assert.Contains("already reported", second.Error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await queue.WaitForAsync());
        Assert.True(await Reports.HasOpenReportAsync(reporter, ReportedItemKind.Project, ModerationSetup.Id(_project)));
    }

    [Fact]
    public async Task Two_reports_sent_at_the_same_moment_leave_one_open_report()
    {
        var reporter = await _domain.CreateMemberAsync("Double Clicker");
        var request = new ReportRequest(ReportedItemKind.Project, ModerationSetup.Id(_project), ReportReason.Spam, null);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Reports.FileAsync(reporter, request)));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ModerationErrors.AlreadyReported, r.Error!.Code));
    }

    [Fact]
    public async Task An_owner_cannot_report_their_own_project_or_profile()
    {
        var project = await Reports.FileAsync(_owner, new ReportRequest(ReportedItemKind.Project, ModerationSetup.Id(_project), ReportReason.Spam, null));
        var profile = await Reports.FileAsync(_owner, new ReportRequest(ReportedItemKind.Profile, _owner, ReportReason.Spam, null));

        Assert.Equal(ModerationErrors.OwnItem, project.Error!.Code);
        Assert.Equal(ModerationErrors.OwnItem, profile.Error!.Code);
    }

    [Theory]
    [InlineData(ReportReason.Other, null, ReportService.DetailsField, ModerationErrors.ReasonRequired)]
    [InlineData(ReportReason.Other, "   ", ReportService.DetailsField, ModerationErrors.ReasonRequired)]
    [InlineData(ReportReason.Spam, "long", ReportService.DetailsField, ModerationErrors.DetailsTooLong)]
    [InlineData((ReportReason)42, null, ReportService.ReasonField, ModerationErrors.ReasonRequired)]
    public async Task Bad_input_is_refused_at_its_field_and_nothing_is_written(ReportReason reason, string? details, string field, string code)
    {
        var reporter = await _domain.CreateMemberAsync("Careless Reporter");
        var text = details == "long" ? new string('x', Report.DetailsMaxLength + 1) : details;

        var result = await Reports.FileAsync(reporter, new ReportRequest(ReportedItemKind.Project, ModerationSetup.Id(_project), reason, text));

        Assert.Equal((field, code), (result.Error!.Field, result.Error.Code));
        Assert.False(await Reports.HasOpenReportAsync(reporter, ReportedItemKind.Project, ModerationSetup.Id(_project)));
    }

    [Fact]
    public async Task Something_that_does_not_exist_cannot_be_reported()
    {
        var reporter = await _domain.CreateMemberAsync("Rita Reporter");

        var missing = await Reports.FileAsync(reporter, new ReportRequest(ReportedItemKind.Project, "99999", ReportReason.Spam, null));
        var garbage = await Reports.FileAsync(reporter, new ReportRequest(ReportedItemKind.ChatMessage, "not-a-number", ReportReason.Spam, null));

        Assert.Equal(ModerationErrors.ItemNotFound, missing.Error!.Code);
        Assert.Equal(ModerationErrors.ItemNotFound, garbage.Error!.Code);
    }

    [Fact]
    public async Task Messages_are_reported_only_by_those_who_can_read_them()
    {
        var applicant = await _domain.CreateMemberAsync("Andy Applicant");
        var stranger = await _domain.CreateMemberAsync("Sam Stranger");
        var applied = await _domain.Get<ApplicationService>().ApplyAsync(applicant, _project, "backend", "Hello! I would love to help with the backend and learn Rust.");
        var conversation = (await _domain.Get<MessagingService>().InboxAsync(applicant)).Single().Id;
        var message = (await _domain.Get<MessagingService>().GetAsync(applicant, conversation))!.Messages.Single().Id;
        var application = ModerationSetup.Id(applied.ApplicationId!.Value);

        Assert.True((await Reports.FileAsync(_owner, new ReportRequest(ReportedItemKind.ApplicationMessage, application, ReportReason.Harassment, null))).Succeeded);
        Assert.True((await Reports.FileAsync(_owner, new ReportRequest(ReportedItemKind.ChatMessage, ModerationSetup.Id(message), ReportReason.Harassment, null))).Succeeded);
        Assert.Equal(ModerationErrors.ItemNotFound,
            (await Reports.FileAsync(stranger, new ReportRequest(ReportedItemKind.ApplicationMessage, application, ReportReason.Spam, null))).Error!.Code);
        Assert.Equal(ModerationErrors.ItemNotFound,
            (await Reports.FileAsync(stranger, new ReportRequest(ReportedItemKind.ChatMessage, ModerationSetup.Id(message), ReportReason.Spam, null))).Error!.Code);
        Assert.Equal(ModerationErrors.OwnItem,
            (await Reports.FileAsync(applicant, new ReportRequest(ReportedItemKind.ChatMessage, ModerationSetup.Id(message), ReportReason.Spam, null))).Error!.Code);
    }
}
