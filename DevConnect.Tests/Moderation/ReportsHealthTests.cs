using DevConnect.Domain.Moderation;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Moderation;

/// <summary>The health tab's reports figures, over a clock the test moves.</summary>
public sealed class ReportsHealthTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_health_panel_counts_open_reports_and_the_median_wait_for_a_decision()
    {
        var clock = new ManualClock(Start);
        await using var domain = await DomainHarness.StartAsync(settings: ModerationSetup.AdminSettings, clock: clock);
        var owner = await domain.CreateMemberAsync("Olive Owner");
        var moderator = await ModerationSetup.ModeratorAsync(domain);
        var reports = domain.Get<ReportService>();
        var projects = new List<string>();
        foreach (var name in new[] { "Lighthouse", "Harbour", "Beacon" })
        {
            var id = ModerationSetup.Id(await ModerationSetup.PostAsync(domain, owner, name));
            projects.Add(id);
            await reports.FileAsync(await domain.CreateMemberAsync($"Reporter {name}"), new ReportRequest(ReportedItemKind.Project, id, ReportReason.Spam, null));
        }

        clock.Advance(TimeSpan.FromHours(2));
        await domain.Get<ModerationService>().DismissAsync(moderator, ReportedItemKind.Project, projects[0]);
        clock.Advance(TimeSpan.FromHours(4));
        await domain.Get<ModerationService>().DismissAsync(moderator, ReportedItemKind.Project, projects[1]);

        var health = await domain.Get<PlatformHealthService>().ReadAsync();

        Assert.Equal(1, health.Reports!.Open);
        // Two decisions, after 2 and 6 hours: the median of an even count is the later of the middle two.
        Assert.Equal(TimeSpan.FromHours(6), health.Reports.MedianTimeToHandle);
    }
}
