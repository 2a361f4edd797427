using DevConnect.App.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace DevConnect.App.Components.Profiles;

/// <summary>
/// One section of <see cref="ProfileEditorPanel"/>: it edits the shared <see cref="ProfileForm"/> and shows the
/// errors the last save left at its fields.
/// </summary>
public abstract class ProfileEditorSection : ComponentBase, IHandleEvent
{
    [Parameter, EditorRequired]
    public ProfileForm Form { get; set; } = default!;

    [Parameter, EditorRequired]
    public FormErrors Errors { get; set; } = default!;

    /// <summary>Raised after every change made here, so the panel redraws its preview (and this section with it).</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    // The panel, not the section, renders after a change: its preview is built from the form at each render, and
    // rendering it renders the section too. A handler still running (an upload) gets one render before and one after.
    async Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem callback, object? arg)
    {
        var handled = callback.InvokeAsync(arg);
        if (!handled.IsCompleted)
        {
            await Changed.InvokeAsync();
        }

        await handled;
        await Changed.InvokeAsync();
    }
}
