using Bunit;
using DevConnect.App.Components.Profiles;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace DevConnect.Tests.Profiles;

/// <summary>The profile editor's live preview and its unsaved-changes guard (bUnit with MudBlazor's providers).</summary>
public sealed class ProfileEditorPanelTests : BunitContext
{
    private static readonly ProfileDraft _draft = new()
    {
        DisplayName = "Grace Kim",
        Handle = "grace-kim",
        Headline = "Career changer",
        Level = ExperienceLevel.Junior,
    };

    private readonly List<ProfileDraft> _saved = [];

    public ProfileEditorPanelTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<MarkdownRenderer>();
    }

    private IRenderedComponent<Layout.ContainerFragment> RenderEditor(
        Func<ProfileDraft, ProfileSaveResult>? answer = null,
        Func<IBrowserFile, Task<(string? Path, FieldError? Error)>>? upload = null) =>
        Render<Layout.ContainerFragment>(p => p.AddChildContent(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<ProfileEditorPanel>(2);
            builder.AddComponentParameter(3, nameof(ProfileEditorPanel.Initial), _draft);
            builder.AddComponentParameter(4, nameof(ProfileEditorPanel.UserId), "user-1");
            builder.AddComponentParameter(5, nameof(ProfileEditorPanel.JoinedUtc), new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc));
            builder.AddComponentParameter(6, nameof(ProfileEditorPanel.Save), (Func<ProfileDraft, Task<ProfileSaveResult>>)(draft =>
            {
                _saved.Add(draft);
                return Task.FromResult(answer?.Invoke(draft) ?? new ProfileSaveResult(draft.Handle, []));
            }));
            builder.AddComponentParameter(7, nameof(ProfileEditorPanel.UploadAvatar), upload);
            builder.CloseComponent();
        }));

    private static AngleSharp.Dom.IElement Preview(IRenderedComponent<Layout.ContainerFragment> editor) =>
        editor.Find("[data-testid=profile-preview]");

    [Fact]
    public void Typing_a_headline_shows_in_the_preview()
    {
        var editor = RenderEditor();

        editor.Find("#profile-headline").Input("Ruby on Rails, first year");

        editor.WaitForAssertion(() =>
            Assert.Equal("Ruby on Rails, first year", Preview(editor).QuerySelector("[data-testid=profile-headline]")!.TextContent));
    }

    [Fact]
    public void Markdown_in_the_bio_is_rendered_in_the_preview()
    {
        var editor = RenderEditor();

        editor.Find("#profile-bio").Input("I **love** pairing.\n\n<script>alert(1)</script>");

        editor.WaitForAssertion(() =>
        {
            var bio = Preview(editor).QuerySelector("[data-testid=profile-bio]")!;
            Assert.Equal("love", bio.QuerySelector("strong")!.TextContent);
            Assert.Null(bio.QuerySelector("script"));
        });
    }

    [Fact]
    public void An_added_experience_appears_in_the_preview()
    {
        var editor = RenderEditor();

        editor.Find("[data-testid=add-experience]").Click();
        editor.Find("#exp-0-title").Input("QA intern");
        editor.Find("#exp-0-org").Input("Kestrel Systems");

        editor.WaitForAssertion(() =>
        {
            var item = Preview(editor).QuerySelector("[data-testid=profile-experiences] li")!;
            Assert.Contains("QA intern", item.TextContent, StringComparison.Ordinal);
            Assert.Contains("Kestrel Systems", item.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Save_pressed_straight_after_typing_saves_the_last_keystrokes()
    {
        var editor = RenderEditor();

        editor.Find("#profile-headline").Input("Rust and coffee");
        editor.Find("[data-testid=add-experience]").Click();
        editor.Find("#exp-0-title").Input("Mentor");
        editor.Find("#exp-0-org").Input("Harbour Co-op");
        editor.Find("[data-testid=save-profile]").Click();

        editor.WaitForAssertion(() => Assert.Single(_saved));
        Assert.Equal("Rust and coffee", _saved[0].Headline);
        Assert.Equal(("Mentor", "Harbour Co-op"), (_saved[0].Experiences[0].Title, _saved[0].Experiences[0].Organisation));
    }

    [Fact]
    public void A_pasted_address_sets_the_kind_of_a_new_link_and_saves_without_a_question()
    {
        var editor = RenderEditor();

        editor.Find("[data-testid=add-link]").Click();
        // No pause between typing and the next click: text commits with each keystroke, so nothing typed is dropped.
        editor.WaitForElement("#link-0-url").Input("https://github.com/grace-kim");
        editor.Find("[data-testid=add-link]").Click();
        editor.WaitForElement("#link-1-url").Input("https://grace.dev");
        editor.Find("[data-testid=save-profile]").Click();

        editor.WaitForAssertion(() => Assert.Single(_saved));
        Assert.Equal([LinkKind.GitHub, LinkKind.Website], _saved[0].Links.Select(l => l.Kind));
        Assert.DoesNotContain("Use your", editor.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_with_unsaved_changes_asks_first_and_stays_when_told_to()
    {
        var editor = RenderEditor();
        var navigation = Services.GetRequiredService<NavigationManager>();
        var before = navigation.Uri;
        editor.Find("#profile-headline").Input("Changed but not saved");
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=unsaved]")));

        navigation.NavigateTo("/people");

        editor.WaitForAssertion(() => Assert.Contains("Your changes are not saved yet", editor.Markup, StringComparison.Ordinal));
        Assert.Equal(before, navigation.Uri);
        editor.FindAll("button").Single(b => b.TextContent.Trim() == "Stay").Click();
        Assert.Equal(before, navigation.Uri);
    }

    [Fact]
    public void After_saving_leaving_is_not_held_up()
    {
        var editor = RenderEditor();
        var navigation = Services.GetRequiredService<NavigationManager>();
        editor.Find("#profile-headline").Input("Saved headline");
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=unsaved]")));

        editor.Find("[data-testid=save-profile]").Click();
        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll("[data-testid=unsaved]")));
        navigation.NavigateTo("/people");

        Assert.EndsWith("/people", navigation.Uri, StringComparison.Ordinal);
        Assert.Equal("Saved headline", Assert.Single(_saved).Headline);
    }

    [Fact]
    public void A_refused_save_says_why_at_each_field_and_counts_them_beside_Save()
    {
        var editor = RenderEditor(_ => new ProfileSaveResult(null,
        [
            new FieldError("Handle", ProfileErrors.HandleReserved, "reserved"),
            new FieldError("Links[0].Url", "ProfileLinkInvalid.Website", "Use an https:// address."),
            new FieldError("Skills", ProfileErrors.TooManySkills, "List at most 20 skills."),
        ]));
        editor.Find("[data-testid=add-link]").Click();
        editor.Find("#link-0-url").Input("not a link");

        editor.Find("[data-testid=save-profile]").Click();

        editor.WaitForAssertion(() => Assert.Equal("3 fields need attention", editor.Find("[data-testid=save-errors]").TextContent));
        Assert.Equal("true", editor.Find("#profile-handle").GetAttribute("aria-invalid"));
        Assert.Contains("This handle is reserved. Try another one.", editor.Markup, StringComparison.Ordinal);
        Assert.Equal("true", editor.Find("#link-0-url").GetAttribute("aria-invalid"));
        Assert.Equal("List at most 20 skills.", editor.Find("p.dc-field-error[role=alert]").TextContent);
        Assert.Equal("false", editor.Find("#profile-headline").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void The_next_save_starts_with_no_errors_left_from_the_last_one()
    {
        var refuse = true;
        var editor = RenderEditor(_ => refuse
            ? new ProfileSaveResult(null, [new FieldError("Headline", ProfileErrors.HeadlineLength, "too long")])
            : new ProfileSaveResult("grace-kim", []));
        editor.Find("[data-testid=save-profile]").Click();
        editor.WaitForAssertion(() => Assert.Equal("true", editor.Find("#profile-headline").GetAttribute("aria-invalid")));

        refuse = false;
        editor.Find("#profile-headline").Input("Shorter");
        editor.Find("[data-testid=save-profile]").Click();

        editor.WaitForAssertion(() => Assert.Equal(2, _saved.Count));
        Assert.Equal("false", editor.Find("#profile-headline").GetAttribute("aria-invalid"));
        Assert.Equal("", editor.Find("[data-testid=save-errors]").TextContent);
    }

    [Fact]
    public async Task Save_waits_while_a_picture_uploads_and_the_preview_shows_it_once_stored()
    {
        var stored = new TaskCompletionSource<(string? Path, FieldError? Error)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var editor = RenderEditor(upload: _ => stored.Task);

        // UploadFiles returns only once the upload handler has finished, so it runs beside the test.
        var upload = Task.Run(() => editor.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([1, 2, 3], "me.png", contentType: "image/png")));

        editor.WaitForAssertion(() => Assert.True(editor.Find("[data-testid=save-profile]").HasAttribute("disabled")));
        stored.SetResult(("img/avatars/ada.svg", null));
        await upload;
        editor.WaitForAssertion(() => Assert.False(editor.Find("[data-testid=save-profile]").HasAttribute("disabled")));
        Assert.NotNull(Preview(editor).QuerySelector("img[src*='avatars/ada']"));
        Assert.NotNull(editor.Find("[data-testid=unsaved]"));
    }

    [Fact]
    public void A_refused_picture_is_explained_beside_it_and_the_old_one_stays()
    {
        var editor = RenderEditor(upload: _ => Task.FromResult<(string?, FieldError?)>((null, new FieldError("", Domain.Media.ImageErrors.TooLarge, "too large"))));

        editor.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([1, 2, 3], "huge.png", contentType: "image/png"));

        editor.WaitForAssertion(() => Assert.Equal("Images can be at most 5 MB.", editor.Find("p.dc-field-error[role=alert]").TextContent));
        Assert.Empty(editor.FindAll("[data-testid=unsaved]"));
    }
}
