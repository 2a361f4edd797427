using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Organizations;

/// <summary>
/// An open feed filtered by organization while projects are posted (bUnit over the real services, live events and a
/// real database), and the editor's "Post as" choice.
/// </summary>
public sealed class OrganizationFeedLiveTests : DomainComponentContext
{
    private async Task PostAsync(string ownerId, string name, int organizationId)
    {
        var result = await Domain.Get<ProjectService>().CreateAsync(ownerId, new ProjectDraft
        {
            Name = name, Summary = $"{name} in one line", Tags = ["rust"], OrganizationId = organizationId,
        });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
    }

    private static IReadOnlyList<string> Names(IRenderedComponent<FeedView> feed) =>
        feed.FindAll("[data-testid=project-grid] .dc-project-card-title").Select(t => t.TextContent).ToList();

    [Fact]
    public async Task A_feed_filtered_by_an_organization_takes_in_its_new_project_live_and_never_another_organizations()
    {
        var acmeAdmin = await Domain.CreateMemberAsync("Ada Acme");
        var globexAdmin = await Domain.CreateMemberAsync("Gus Globex");
        var acme = await OrganizationTestData.CreateAsync(Domain.Services, acmeAdmin, OrganizationTestData.Draft("Acme", "acme"));
        var globex = await OrganizationTestData.CreateAsync(Domain.Services, globexAdmin, OrganizationTestData.Draft("Globex", "globex"));
        await PostAsync(acmeAdmin, "Acme First", acme.Id);
        var feed = Render<FeedView>(p => p.Add(f => f.Query, new ProjectQuery { Organization = "acme" }));
        feed.WaitForAssertion(() => Assert.Equal(["Acme First"], Names(feed)));
        var shown = feed.FindAll("[data-testid=project-grid] article").Select(a => a.OuterHtml).ToList();

        // Events reach the feed in the order they were published: once Acme's second project shows, Globex's was seen and passed over.
        await PostAsync(globexAdmin, "Globex Rival", globex.Id);
        await PostAsync(acmeAdmin, "Acme Second", acme.Id);

        feed.WaitForAssertion(() => Assert.Equal(["Acme Second", "Acme First"], Names(feed)));
        Assert.DoesNotContain("Globex Rival", feed.Markup, StringComparison.Ordinal);
        Assert.Empty(feed.FindAll("[data-testid=show-new]"));
        Assert.Contains("by Acme", feed.FindAll("[data-testid=card-org]")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(shown, feed.FindAll("[data-testid=project-grid] article").Skip(1).Select(a => a.OuterHtml));
    }

    [Fact]
    public async Task A_member_of_an_organization_posts_under_its_name_from_the_editor()
    {
        var admin = await SignInAsync("Ada Acme");
        var acme = await OrganizationTestData.CreateAsync(Domain.Services, admin, OrganizationTestData.Draft("Acme", "acme"));
        var editor = RenderWithProviders<ProjectEditor>();
        editor.WaitForElement("[data-testid=post-as]");

        editor.Find("#project-name").Input("Acme Tools");
        editor.Find("#project-summary").Input("Tools the Acme team sponsors");
        Assert.Contains("Myself", editor.Find("[data-testid=post-as]").TextContent, StringComparison.Ordinal);
        await editor.InvokeAsync(() => editor.Find($"input[data-organization='{acme.Id}']").Click());
        editor.Find("[data-testid=save-project]").Click();

        editor.WaitForAssertion(() => Assert.Matches("/projects/[0-9]+/acme-tools\\?saved=published$", Navigation.Uri));
        var card = Assert.Single(await Domain.Get<ProjectService>().ListByOwnerAsync(admin));
        Assert.Equal("acme", card.Organization!.Handle);
    }

    [Fact]
    public async Task A_member_of_no_organization_is_not_asked_who_posts()
    {
        await SignInAsync("Solo Dev");
        var editor = RenderWithProviders<ProjectEditor>();
        editor.WaitForElement("button[data-add-tag=rust]");

        Assert.Empty(editor.FindAll("[data-testid=post-as]"));
    }
}
