using Bunit;
using DevConnect.App.Components.Opportunities;
using DevConnect.Domain.Opportunities;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Safety;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Opportunities;

/// <summary>The list's filters and live arrivals, and the apply panel's refusals, as a person sees them (bUnit over the real services).</summary>
public sealed class OpportunityComponentTests : DomainComponentContext
{
    private async Task<(string Admin, OrganizationView Organization)> OrganizationAsync()
    {
        var admin = await Domain.CreateMemberAsync("Board Admin");
        return (admin, await OpportunityTestData.VerifiedAsync(Domain, admin, "Board Co", "board-co"));
    }

    [Fact]
    public void Choosing_a_kind_a_level_and_remote_puts_them_in_the_address()
    {
        var filters = RenderWithProviders<OpportunityFilters>(p => p.Add(f => f.Query, new OpportunityQuery { Skills = ["rust"] }));

        filters.Find("button[data-type=internship]").Click();
        Assert.EndsWith("/opportunities?type=internship&skill=rust", Navigation.Uri, StringComparison.Ordinal);

        filters.Render(p => p.Add(f => f.Query, new OpportunityQuery { Type = OpportunityType.Internship }));
        filters.Find("button[data-level=junior]").Click();
        Assert.EndsWith("/opportunities?type=internship&level=junior", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_newly_published_opportunity_appears_on_an_open_list_and_a_closed_one_leaves()
    {
        var (admin, organization) = await OrganizationAsync();
        var board = RenderWithProviders<OpportunityBoard>(p => p.Add(b => b.Query, new OpportunityQuery()));
        Assert.Empty(board.FindAll(".dc-opportunity-card"));

        var id = await OpportunityTestData.PublishAsync(Domain, admin, organization.Id);

        board.WaitForAssertion(() => Assert.Equal("Rust internship in Lyon", board.Find(".dc-opportunity-new [data-testid=opportunity-title]").TextContent));
        await Domain.Get<OpportunityService>().SetOpenAsync(admin, id, open: false);
        board.WaitForAssertion(() => Assert.Empty(board.FindAll(".dc-opportunity-card")));
    }

    [Fact]
    public async Task A_filtered_list_ignores_an_arrival_that_does_not_match()
    {
        var (admin, organization) = await OrganizationAsync();
        var board = RenderWithProviders<OpportunityBoard>(p => p.Add(b => b.Query, new OpportunityQuery { Type = OpportunityType.FreelanceMission }));

        await OpportunityTestData.PublishAsync(Domain, admin, organization.Id);
        await OpportunityTestData.PublishAsync(Domain, admin, organization.Id, OpportunityTestData.Draft("Freelance Go mission", OpportunityType.FreelanceMission, ["Go"]));

        board.WaitForAssertion(() => Assert.Equal(["Freelance Go mission"], board.FindAll("[data-testid=opportunity-title]").Select(t => t.TextContent)));
    }

    private async Task<IRenderedComponent<OpportunityApplyPanel>> ApplyPanelAsync(Func<string, string, Task>? before = null)
    {
        var (admin, organization) = await OrganizationAsync();
        var id = await OpportunityTestData.PublishAsync(Domain, admin, organization.Id);
        var junior = await SignInAsync("Panel Junior");
        if (before is not null)
        {
            await before(admin, junior);
        }

        var opportunity = (await Domain.Get<OpportunityService>().GetAsync(id))!;
        return RenderWithProviders<OpportunityApplyPanel>(p => p.Add(a => a.Opportunity, opportunity).Add(a => a.UserId, junior));
    }

    [Fact]
    public async Task A_too_short_message_is_refused_at_the_message_field()
    {
        var panel = await ApplyPanelAsync();

        panel.Find("#opportunity-message").Input("Hire me");
        // MudTextField renders again after the input on its own awaits: find and click in one dispatch, as bUnit advises.
        await panel.InvokeAsync(() => panel.Find("[data-testid=opportunity-apply-send]").Click());

        panel.WaitForAssertion(() => Assert.Contains("Write 20 to 2,000 characters",
            panel.Find(".mud-input-control.mud-input-error").TextContent, StringComparison.Ordinal));
        Assert.Empty(panel.FindAll("[data-testid=opportunity-apply-error]"));
    }

    [Fact]
    public async Task A_blocked_member_is_told_in_neutral_words_above_the_form()
    {
        var panel = await ApplyPanelAsync((admin, junior) => Domain.Get<BlockService>().BlockAsync(admin, junior));

        panel.Find("#opportunity-message").Input(OpportunityTestData.Pitch);
        panel.Find("[data-testid=opportunity-apply-send]").Click();

        panel.WaitForAssertion(() => Assert.Equal("This organization is not accepting applications from you.",
            panel.Find("[data-testid=opportunity-apply-error]").TextContent.Trim()));
    }

    [Fact]
    public async Task A_sent_application_turns_into_its_state_and_the_answer_arrives_live()
    {
        string admin = "";
        var panel = await ApplyPanelAsync((a, _) =>
        {
            admin = a;
            return Task.CompletedTask;
        });

        panel.Find("#opportunity-message").Input(OpportunityTestData.Pitch);
        panel.Find("[data-testid=opportunity-apply-send]").Click();
        panel.WaitForAssertion(() => Assert.Contains("waiting", panel.Find("[data-testid=opportunity-apply-state]").TextContent, StringComparison.Ordinal));

        var application = (await Domain.Get<OpportunityApplications>().ListForOpportunityAsync(admin, panel.Instance.Opportunity.Id))!.Items.Single();
        await Domain.Get<OpportunityApplications>().AcceptAsync(admin, application.Id, application.Version);

        panel.WaitForAssertion(() => Assert.Contains("accepted", panel.Find("[data-testid=opportunity-apply-state]").TextContent, StringComparison.Ordinal));
    }
}
