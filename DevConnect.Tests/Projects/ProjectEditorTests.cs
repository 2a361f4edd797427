using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Tests.Infrastructure;
using DevConnect.Domain.Projects;

namespace DevConnect.Tests.Projects;

/// <summary>The project editor as its owner uses it (bUnit over the real services and a real SQLite file).</summary>
public sealed class ProjectEditorTests : DomainComponentContext
{
    // The form appears once the editor has read who is signing in and its suggestions; on PostgreSQL that is a real
    // round trip, so wait for it rather than expect it in the first render.
    private IRenderedComponent<ProjectEditor> OpenNew()
    {
        var editor = RenderWithProviders<ProjectEditor>();
        editor.WaitForElement("button[data-add-tag=rust]");
        return editor;
    }

    private IRenderedComponent<ProjectEditor> OpenExisting(int id) => RenderWithProviders<ProjectEditor>(p => p.Add(e => e.Id, id));

    [Fact]
    public async Task Typing_a_description_shows_it_rendered_in_the_preview_tab()
    {
        await SignInAsync("Preview Writer");
        var editor = OpenNew();

        editor.Find("#project-description").Input("Built by **volunteers**.\n\n<script>alert(1)</script>");
        await editor.InvokeAsync(() => editor.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == "Preview").Click());

        editor.WaitForAssertion(() =>
        {
            var preview = editor.Find("[data-testid=description-preview]");
            Assert.Equal("volunteers", preview.QuerySelector("strong")!.TextContent);
            Assert.Null(preview.QuerySelector("script"));
        });
    }

    [Fact]
    public async Task A_published_project_keeps_the_tag_still_in_the_field_and_opens_its_page_without_asking_to_stay()
    {
        var owner = await SignInAsync("Harbour Owner");
        var editor = OpenNew();

        editor.Find("#project-name").Input("Harbour Watch");
        editor.Find("#project-summary").Input("Live berth availability for small harbours");
        editor.Find("#project-tag-input").Input("ocaml");
        await editor.InvokeAsync(() => editor.Find("[data-testid=save-project]").Click());

        editor.WaitForAssertion(() => Assert.Matches("/projects/[0-9]+/harbour-watch\\?saved=published$", Navigation.Uri));
        Assert.False(DialogShown());
        var id = int.Parse(new Uri(Navigation.Uri).Segments[2].TrimEnd('/'), System.Globalization.CultureInfo.InvariantCulture);
        var draft = (await Domain.Get<ProjectService>().GetForEditAsync(owner, id)).Value!.Draft;
        Assert.Equal("Harbour Watch", draft!.Name);
        Assert.Equal(["ocaml"], draft.Tags.Select(t => Tags.Normalize(t)!.Key));
    }

    [Fact]
    public async Task A_missing_name_is_explained_at_the_name_field_and_beside_Save_and_nothing_is_stored()
    {
        var owner = await SignInAsync("Nameless Owner");
        var editor = OpenNew();
        var before = Navigation.Uri;

        editor.Find("#project-summary").Input("A summary without a name");
        await editor.InvokeAsync(() => editor.Find("[data-testid=save-project]").Click());

        editor.WaitForAssertion(() =>
        {
            Assert.Equal("true", editor.Find("#project-name").GetAttribute("aria-invalid"));
            Assert.Contains("Give the project a name of 3 to 80 characters.", editor.Markup, StringComparison.Ordinal);
            Assert.Equal("1 field needs attention", editor.Find("[data-testid=save-errors]").TextContent);
        });
        Assert.Equal(before, Navigation.Uri);
        Assert.Empty(await Domain.Get<ProjectService>().ListByOwnerAsync(owner));
    }

    [Fact]
    public async Task Leaving_with_unsaved_changes_asks_first_and_stays_when_told_to()
    {
        await SignInAsync("Careful Owner");
        var editor = OpenNew();
        var before = Navigation.Uri;
        Assert.Empty(editor.FindAll("[data-testid=unsaved]"));

        editor.Find("#project-name").Input("Half-typed idea");
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=unsaved]")));
        Navigation.NavigateTo("/people");

        Assert.Contains("Your changes are not saved yet", DialogText(), StringComparison.Ordinal);
        await AnswerDialogAsync("Stay");
        Assert.Equal(before, Navigation.Uri);
        Assert.Equal("Half-typed idea", editor.Find("#project-name").GetAttribute("value"));
    }

    [Fact]
    public async Task An_untouched_editor_lets_the_member_leave_without_a_question()
    {
        await SignInAsync("Browsing Owner");
        var editor = OpenNew();
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("#project-name")));

        Navigation.NavigateTo("/people");

        // The guard decides asynchronously (on PostgreSQL the form's first load may still be finishing).
        editor.WaitForAssertion(() => Assert.EndsWith("/people", Navigation.Uri, StringComparison.Ordinal));
        Assert.False(DialogShown());
    }

    [Fact]
    public async Task The_owner_finds_the_project_as_saved_and_only_a_change_marks_it_unsaved()
    {
        var owner = await SignInAsync("Returning Owner");
        var id = (await PostAsync(owner, "Tide Tables", "backend")).ProjectId!.Value;

        var editor = OpenExisting(id);

        editor.WaitForAssertion(() => Assert.Equal("Tide Tables", editor.Find("#project-name").GetAttribute("value")));
        Assert.Equal("backend", editor.Find("#role-0").GetAttribute("value"));
        Assert.Empty(editor.FindAll("[data-testid=unsaved]"));
        editor.Find("#project-summary").Input("Offline tide predictions");
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=unsaved]")));
    }

    [Fact]
    public async Task A_member_who_does_not_own_the_project_is_told_so_instead_of_seeing_the_form()
    {
        var owner = await Domain.CreateMemberAsync("Real Owner");
        var id = (await PostAsync(owner, "Not yours")).ProjectId!.Value;
        await SignInAsync("Someone Else");

        var editor = OpenExisting(id);

        editor.WaitForAssertion(() =>
            Assert.Contains("Only the project's owner can change it.", editor.Find("[data-testid=editor-blocked]").TextContent, StringComparison.Ordinal));
        Assert.Empty(editor.FindAll("#project-name"));
    }

    [Fact]
    public async Task Deleting_from_the_editor_asks_first_then_removes_the_project_and_opens_my_projects()
    {
        var owner = await SignInAsync("Tidy Owner");
        var id = (await PostAsync(owner, "Short lived")).ProjectId!.Value;
        var editor = OpenExisting(id);
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("#project-name")));
        editor.Find("#project-name").Input("Short lived, renamed");

        var landed = NextLocationAsync();
        await editor.InvokeAsync(() => editor.FindAll(".dc-editor-actions button").Single(b => b.TextContent.Trim() == "Delete").Click());
        Assert.Contains("Delete \"Short lived, renamed\"?", DialogText(), StringComparison.Ordinal);
        await AnswerDialogAsync("Delete");

        Assert.EndsWith("/my/projects", await landed, StringComparison.Ordinal);
        Assert.Null(await Domain.Get<ProjectService>().GetAsync(id));
    }
}
