using Bunit;
using DevConnect.App.Components.Profiles;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Text;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace DevConnect.Tests.Matching;

/// <summary>The wants-to-learn list in the profile editor: it shows in the live preview and is saved with the profile.</summary>
public sealed class WantsToLearnEditorTests : BunitContext
{
    private readonly List<ProfileDraft> _saved = [];

    public WantsToLearnEditorTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<MarkdownRenderer>();
    }

    private IRenderedComponent<Layout.ContainerFragment> RenderEditor() =>
        Render<Layout.ContainerFragment>(p => p.AddChildContent(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<ProfileEditorPanel>(1);
            builder.AddComponentParameter(2, nameof(ProfileEditorPanel.Initial), new ProfileDraft { DisplayName = "Nina Novice", Handle = "nina-novice" });
            builder.AddComponentParameter(3, nameof(ProfileEditorPanel.UserId), "user-1");
            builder.AddComponentParameter(4, nameof(ProfileEditorPanel.Save), (Func<ProfileDraft, Task<ProfileSaveResult>>)(draft =>
            {
                _saved.Add(draft);
                return Task.FromResult(new ProfileSaveResult(draft.Handle, []));
            }));
            builder.CloseComponent();
        }));

    [Fact]
    public async Task What_a_member_wants_to_learn_shows_in_the_preview_as_they_add_it()
    {
        var editor = RenderEditor();

        editor.Find("#profile-learn-input").Input("golang, rust");
        await editor.InvokeAsync(() => editor.Find("[data-testid=add-to-learn]").Click());

        editor.WaitForAssertion(() => Assert.Equal(
            ["Go", "Rust"],
            editor.FindAll("[data-testid=profile-preview] [data-testid=profile-wants-to-learn] li").Select(li => li.TextContent.Trim())));
    }

    [Fact]
    public async Task A_removed_entry_leaves_the_preview_and_text_left_in_the_box_is_saved()
    {
        var editor = RenderEditor();
        editor.Find("#profile-learn-input").Input("Kotlin");
        await editor.InvokeAsync(() => editor.Find("[data-testid=add-to-learn]").Click());
        editor.WaitForAssertion(() => editor.Find("[data-remove-learn=Kotlin]"));

        editor.Find("[data-remove-learn=Kotlin]").Click();
        editor.Find("#profile-learn-input").Input("elixir");
        await editor.InvokeAsync(() => editor.Find("[data-testid=save-profile]").Click());

        editor.WaitForAssertion(() => Assert.Single(_saved));
        Assert.Equal(["Elixir"], _saved[0].WantsToLearn);
    }
}
