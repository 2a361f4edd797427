using Bunit;
using DevConnect.App.Components.TeamRecord;
using DevConnect.Domain.Applications;
using DevConnect.Domain.TeamRecord;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.TeamRecord;

/// <summary>Kudos on a profile, rendered with bUnit over the real domain: the teammate writes, the recipient accepts.</summary>
public sealed class KudosSectionTests : DomainComponentContext
{
    private async Task<(string Owner, string Member)> TeamAsync()
    {
        var owner = await Domain.CreateMemberAsync("Team Owner");
        var member = await Domain.CreateMemberAsync("Team Member");
        var project = (await PostAsync(owner, "Shared Project", "docs")).ProjectId!.Value;
        var applications = Domain.Get<ApplicationService>();
        var applied = await applications.ApplyAsync(member, project, "docs", "Hello, I would like to help with the documentation.");
        var view = (await applications.FindForOwnerAsync(owner, applied.ApplicationId!.Value))!;
        await applications.AcceptAsync(owner, view.Id, view.Version);
        return (owner, member);
    }

    [Fact]
    public async Task A_teammate_writes_kudos_and_a_too_short_text_is_refused_at_the_field()
    {
        var (owner, member) = await TeamAsync();
        var section = Render<KudosSection>(p => p.Add(k => k.MemberId, member).Add(k => k.MemberName, "Team Member").Add(k => k.ViewerId, owner));
        section.WaitForAssertion(() => Assert.NotEmpty(section.FindAll("#kudos-text")));

        section.Find("#kudos-text").Input("Great");
        section.Find("[data-testid=kudos-send]").Click();
        section.WaitForAssertion(() => Assert.Contains("10 to 500", section.Markup, StringComparison.Ordinal));

        section.Find("#kudos-text").Input("Wrote the clearest docs I have read.");
        section.Find("[data-testid=kudos-send]").Click();

        section.WaitForAssertion(() => Assert.NotNull(section.Find("[data-testid=kudos-sent]")));
        Assert.Empty(section.FindAll("#kudos-text"));
        Assert.Single(await Domain.Get<TeamRecordService>().ListAsync(member, includePending: true));
    }

    [Fact]
    public async Task The_recipient_accepts_kudos_and_then_everyone_sees_them()
    {
        var (owner, member) = await TeamAsync();
        await Domain.Get<TeamRecordService>().WriteAsync(owner, member, "Always reviews pull requests kindly.");
        var mine = Render<KudosSection>(p => p.Add(k => k.MemberId, member).Add(k => k.MemberName, "Team Member").Add(k => k.ViewerId, member));
        mine.WaitForAssertion(() => Assert.NotEmpty(mine.FindAll("[data-testid=kudos-accept]")));

        mine.Find("[data-testid=kudos-accept]").Click();

        mine.WaitForAssertion(() => Assert.Empty(mine.FindAll("[data-testid=kudos-accept]")));
        var visitor = Render<KudosSection>(p => p.Add(k => k.MemberId, member).Add(k => k.MemberName, "Team Member"));
        visitor.WaitForAssertion(() => Assert.Contains("reviews pull requests kindly", visitor.Find("[data-testid=kudos-item]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pending_kudos_stay_hidden_from_others_and_strangers_get_no_form()
    {
        var (owner, member) = await TeamAsync();
        var stranger = await Domain.CreateMemberAsync("Passer By");
        await Domain.Get<TeamRecordService>().WriteAsync(owner, member, "Always reviews pull requests kindly.");

        var section = Render<KudosSection>(p => p.Add(k => k.MemberId, member).Add(k => k.MemberName, "Team Member").Add(k => k.ViewerId, stranger));

        Assert.Empty(section.FindAll("[data-testid=kudos]"));
    }
}
