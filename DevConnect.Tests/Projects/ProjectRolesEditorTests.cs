using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Domain.Projects;

namespace DevConnect.Tests.Projects;

/// <summary>The roles a project wants, as the owner edits them.</summary>
public sealed class ProjectRolesEditorTests : EditorSectionContext
{
    private IRenderedComponent<ProjectRolesEditor> RenderEditor(App.Components.Shared.FormErrors? errors = null) =>
        RenderSection<ProjectRolesEditor>(errors);

    private static AngleSharp.Dom.IElement Suggestion(IRenderedComponent<ProjectRolesEditor> editor, string text) =>
        editor.FindAll(".dc-chip").Single(b => b.TextContent.Trim() == "+ " + text);

    [Fact]
    public void A_suggested_role_becomes_a_row_and_leaves_the_suggestions()
    {
        var editor = RenderEditor();

        Suggestion(editor, "backend").Click();

        Assert.Equal("backend", editor.Find("#role-0").GetAttribute("value"));
        Assert.DoesNotContain(editor.FindAll(".dc-chip"), b => b.TextContent.Trim() == "+ backend");
        Assert.Equal(1, Changes);
    }

    [Fact]
    public void Another_role_starts_empty_and_takes_the_name_typed_into_it()
    {
        var editor = RenderEditor();

        Suggestion(editor, "other role").Click();
        editor.Find("#role-0").Change("sound design");

        Assert.Equal("sound design", Assert.Single(Form.ToDraft().Roles).Name);
    }

    [Fact]
    public void Removing_a_role_removes_its_row_and_offers_it_again()
    {
        var editor = RenderEditor();
        Suggestion(editor, "design").Click();
        Suggestion(editor, "docs").Click();

        editor.Find("button[aria-label='Remove the role design']").Click();

        Assert.Equal(["docs"], Form.Roles.Select(r => r.Name));
        Assert.NotNull(Suggestion(editor, "design"));
    }

    [Fact]
    public void A_refused_role_list_is_explained_under_the_roles()
    {
        var errors = NewErrors();
        errors.AddText(ProjectRules.RolesField, "Each role needs a name of at most 40 characters.");

        var editor = RenderEditor(errors);

        Assert.Equal("Each role needs a name of at most 40 characters.", editor.Find("p.dc-field-error[role=alert]").TextContent);
    }
}
