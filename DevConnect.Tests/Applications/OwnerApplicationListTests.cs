using Bunit;
using DevConnect.App.Components.Applications;
using DevConnect.Domain.Applications;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Applications;

/// <summary>
/// The owner's list of applications: it reacts to the live hub, and the owner decides from it (bUnit over the real
/// services and a real SQLite file).
/// </summary>
public sealed class OwnerApplicationListTests : DomainComponentContext
{
    private string _owner = "";
    private int _projectId;

    private async Task<IRenderedComponent<OwnerApplicationList>> OpenListAsync(params (string Name, string Role)[] applicants)
    {
        _owner = await SignInAsync("Deciding Owner");
        _projectId = (await PostAsync(_owner, "Decisions", "backend", "docs")).ProjectId!.Value;
        foreach (var (name, role) in applicants)
        {
            var applicant = await Domain.CreateMemberAsync(name);
            var result = await Domain.Get<ApplicationService>().ApplyAsync(applicant, _projectId, role, $"{name} would like to help with the {role} work here.");
            Assert.True(result.Succeeded);
        }

        var list = Render<OwnerApplicationList>(p => p.Add(l => l.OwnerId, _owner).Add(l => l.ProjectId, _projectId));
        // The list loads after its first render (a real round trip on PostgreSQL): wait for the filters it draws then.
        list.WaitForAssertion(() => Assert.NotEmpty(list.FindAll(".dc-application-filters button")));
        list.WaitForAssertion(() => Assert.Equal(applicants.Length, list.FindAll("[data-application-id]").Count));
        return list;
    }

    private static IReadOnlyList<string> Cards(IRenderedComponent<OwnerApplicationList> list) =>
        list.FindAll("[data-application-id] .dc-application-name").Select(a => a.TextContent).ToList();

    // Live events for the applications made before rendering may still re-render the list: find and click in one
    // dispatch, so the click lands on the buttons as they are.
    private static Task Filter(IRenderedComponent<OwnerApplicationList> list, string label) =>
        list.InvokeAsync(() => list.FindAll(".dc-application-filters button").Single(b => b.TextContent.Trim().StartsWith(label, StringComparison.Ordinal)).Click());

    [Fact]
    public async Task A_new_application_appears_highlighted_when_the_hub_announces_it()
    {
        var list = await OpenListAsync();
        Assert.Empty(list.FindAll("[data-application-id]"));
        var applicant = await Domain.CreateMemberAsync("Live Applicant");

        await Domain.Get<ApplicationService>().ApplyAsync(applicant, _projectId, "docs", "I write clear docs and would love to help here.");

        list.WaitForAssertion(() =>
        {
            var card = Assert.Single(list.FindAll("[data-application-id]"));
            Assert.Contains("Live Applicant", card.TextContent, StringComparison.Ordinal);
            Assert.Contains("dc-application-new", card.ClassName, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Accepting_an_application_moves_it_out_of_the_pending_list()
    {
        var list = await OpenListAsync(("Ines Duarte", "backend"), ("Tom Weber", "docs"));
        Assert.Equal(["Ines Duarte", "Tom Weber"], Cards(list).Order());

        await list.InvokeAsync(() => list.FindAll("[data-application-id]").Single(c => c.TextContent.Contains("Ines Duarte", StringComparison.Ordinal))
            .QuerySelector("[data-testid=accept]")!.Click());

        list.WaitForAssertion(() => Assert.Equal(["Tom Weber"], Cards(list)));
        await Filter(list, "Accepted");
        Assert.Equal(["Ines Duarte"], Cards(list));
    }

    [Fact]
    public async Task A_note_written_when_declining_stays_on_the_declined_application()
    {
        var list = await OpenListAsync(("Sam Okoro", "backend"));
        var id = list.Find("[data-application-id]").GetAttribute("data-application-id");

        await list.InvokeAsync(() => list.Find($"#note-{id}").Change("We need someone nearer our time zone."));
        await list.InvokeAsync(() => list.Find("[data-testid=decline]").Click());

        list.WaitForAssertion(() => Assert.Empty(Cards(list)));
        await Filter(list, "Declined");
        Assert.Contains("We need someone nearer our time zone.", list.Find(".dc-application-note").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_role_filter_shows_only_applications_for_that_role()
    {
        var list = await OpenListAsync(("Ana Lima", "backend"), ("Jo Park", "docs"), ("Kai Berg", "docs"));

        await Filter(list, "Docs");

        list.WaitForAssertion(() => Assert.Equal(["Jo Park", "Kai Berg"], Cards(list).Order()));
    }
}
