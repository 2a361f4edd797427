using Bunit;
using DevConnect.App.Components.Projects;
using Microsoft.AspNetCore.Components;

namespace DevConnect.Tests.Projects;

/// <summary>The repository link and what its stored snapshot suggests (demo data, stored snapshots, no GitHub call).</summary>
public sealed class ProjectGitHubFieldTests : EditorSectionContext
{
    private const string TideTables = "https://github.com/sea-tools/tide-tables";
    private readonly List<string> _chosen = [];

    protected override bool SeedDemoData => true;

    private IRenderedComponent<ProjectGitHubField> RenderField()
    {
        Form.GitHubUrl = TideTables;
        return RenderSection<ProjectGitHubField>(null,
            (nameof(ProjectGitHubField.SavedUrl), TideTables),
            (nameof(ProjectGitHubField.TagChosen), EventCallback.Factory.Create<string>(this, _chosen.Add)));
    }

    [Fact]
    public void The_saved_repository_s_languages_are_offered_as_tags()
    {
        var field = RenderField();

        field.WaitForAssertion(() => Assert.NotNull(field.Find("[data-testid=github-suggestions]")));
        field.FindAll("[data-testid=github-suggestions] button").Single(b => b.TextContent.Trim() == "+ Rust").Click();

        Assert.Equal(["rust"], _chosen);
    }

    [Fact]
    public void Languages_already_chosen_are_not_offered_again()
    {
        Form.Tags.Add("rust");

        var field = RenderField();

        field.WaitForAssertion(() => Assert.DoesNotContain(field.FindAll("[data-testid=github-suggestions] button"), b => b.TextContent.Trim() == "+ Rust"));
    }

    [Fact]
    public void Once_the_link_names_another_repository_the_saved_one_s_languages_are_no_longer_offered()
    {
        var field = RenderField();
        field.WaitForAssertion(() => Assert.NotNull(field.Find("[data-testid=github-suggestions]")));

        field.Find("#project-github").Change("https://github.com/someone/else");

        // MudTextField hands the new value on after awaits of its own (validation): on a busy machine the field renders
        // again a moment after the change event returns, as a person would see it.
        field.WaitForAssertion(() => Assert.Empty(field.FindAll("[data-testid=github-suggestions]")));
        Assert.Equal("https://github.com/someone/else", Form.GitHubUrl);
    }
}
