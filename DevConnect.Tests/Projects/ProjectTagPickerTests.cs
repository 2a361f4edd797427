using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Domain.Projects;

namespace DevConnect.Tests.Projects;

/// <summary>Choosing a project's languages and technologies.</summary>
public sealed class ProjectTagPickerTests : EditorSectionContext
{
    private IRenderedComponent<ProjectTagPicker> RenderPicker(App.Components.Shared.FormErrors? errors = null) =>
        RenderSection<ProjectTagPicker>(errors);

    private static IEnumerable<string> Chosen(IRenderedComponent<ProjectTagPicker> picker) =>
        picker.FindAll(".dc-tags-editable li").Select(li => li.FirstChild!.TextContent.Trim());

    [Fact]
    public void A_tag_typed_and_Enter_is_added_once_in_its_usual_spelling()
    {
        var picker = RenderPicker();

        picker.Find("#project-tag-input").Input("csharp");
        picker.Find("#project-tag-input").KeyDown("Enter");
        picker.Find("#project-tag-input").Input("c#");
        picker.Find("#project-tag-input").KeyDown("Enter");

        Assert.Equal(["C#"], Chosen(picker));
        Assert.Equal(["csharp"], Form.Tags);
        Assert.Equal("", picker.Find("#project-tag-input").GetAttribute("value"));
        Assert.True(Changes > 0, "the editor was not told, so its unsaved marker would not show");
    }

    [Fact]
    public async Task Several_tags_separated_by_commas_are_added_together_with_the_Add_button()
    {
        var picker = RenderPicker();

        picker.Find("#project-tag-input").Input("Rust, wasm , svelte");
        await picker.InvokeAsync(() => picker.FindAll("button").Single(b => b.TextContent.Trim() == "Add").Click());

        Assert.Equal(["Rust", "WebAssembly", "Svelte"], Chosen(picker));
    }

    [Fact]
    public void A_popular_language_picked_leaves_the_suggestions_and_can_be_removed_again()
    {
        var picker = RenderPicker();

        picker.Find("button[data-add-tag=go]").Click();
        Assert.Equal(["Go"], Chosen(picker));
        Assert.Empty(picker.FindAll("button[data-add-tag=go]"));

        picker.Find("button[aria-label='Remove Go']").Click();
        Assert.Empty(Chosen(picker));
        Assert.NotNull(picker.Find("button[data-add-tag=go]"));
    }

    [Fact]
    public void A_tag_error_shows_at_the_field_until_a_tag_is_added()
    {
        var errors = NewErrors();
        errors.AddText(ProjectRules.TagsField, "Choose at most 12 languages and technologies.");
        var picker = RenderPicker(errors);
        Assert.Contains("Choose at most 12 languages and technologies.", picker.Markup, StringComparison.Ordinal);

        picker.Find("button[data-add-tag=python]").Click();

        Assert.DoesNotContain("Choose at most 12", picker.Markup, StringComparison.Ordinal);
        Assert.False(errors.Has(ProjectRules.TagsField));
    }
}
