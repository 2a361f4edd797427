using Bunit;
using DevConnect.App.Components.Moderation;
using DevConnect.Domain.Jobs;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Safety;

/// <summary>The moderators' health panel renders what the platform's tables hold (bUnit over the real domain).</summary>
public sealed class PlatformHealthPanelTests : DomainComponentContext
{
    [Fact]
    public async Task The_panel_shows_todays_sign_ups_and_projects_the_jobs_and_an_empty_outbox()
    {
        var owner = await SignInAsync("Health Owner");
        await PostAsync(owner, "Healthy project");
        await Domain.Get<JobLeases>().TryAcquireAsync(JobLeases.HourlyJobs, TimeSpan.FromMinutes(70));

        var panel = Render<PlatformHealthPanel>();

        panel.WaitForAssertion(() => panel.Find("[data-testid=health-activity]"));
        var today = panel.Find($"[data-day='{Domain.Get<TimeProvider>().GetUtcNow():yyyy-MM-dd}']");
        Assert.Equal(["1", "1", "0"], today.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(14, panel.FindAll("[data-testid=health-activity] tbody tr").Count);
        Assert.Contains(JobLeases.HourlyJobs, panel.Find("[data-testid=health-jobs]").TextContent, StringComparison.Ordinal);
        Assert.Contains("last run", panel.Find("[data-testid=health-jobs]").TextContent, StringComparison.Ordinal);
        Assert.Contains("0 waiting", panel.Find("[data-testid=health-outbox]").TextContent, StringComparison.Ordinal);
        Assert.Contains("No answer from GitHub recorded yet.", panel.Find("[data-testid=health-github]").TextContent, StringComparison.Ordinal);
        Assert.Contains("0 open", panel.Find("[data-testid=health-reports]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refreshing_the_panel_shows_what_happened_since_it_opened()
    {
        var panel = Render<PlatformHealthPanel>();
        panel.WaitForAssertion(() => panel.Find("[data-testid=health-activity]"));
        var signUpsCell = () => panel.Find($"[data-day='{Domain.Get<TimeProvider>().GetUtcNow():yyyy-MM-dd}'] td").TextContent;
        Assert.Equal("0", signUpsCell());

        await Domain.CreateMemberAsync("Late Arrival");
        panel.Find("[data-testid=health-refresh]").Click();

        panel.WaitForAssertion(() => Assert.Equal("1", signUpsCell()));
    }
}
