using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.App.Components.Shared;
using DevConnect.App.Resources;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DevConnect.Tests.Projects;

/// <summary>For one section of the project editor, rendered on its own over a form and its errors as the editor passes them.</summary>
public abstract class EditorSectionContext : DomainComponentContext
{
    protected ProjectEditorForm Form { get; } = new();

    /// <summary>How many times the section told the editor something changed (what keeps its unsaved marker true).</summary>
    protected int Changes { get; private set; }

    /// <summary>The editor's error holder over the form, as <c>ProjectEditor</c> makes it.</summary>
    protected FormErrors NewErrors() =>
        new(new EditContext(Form), Services.GetRequiredService<IStringLocalizer<SharedResource>>());

    protected IRenderedComponent<T> RenderSection<T>(FormErrors? errors = null, params (string Name, object Value)[] more)
        where T : IComponent =>
        Render<T>(builder =>
        {
            builder.OpenComponent<T>(0);
            builder.AddComponentParameter(1, nameof(ProjectTagPicker.Form), Form);
            builder.AddComponentParameter(2, nameof(ProjectTagPicker.Errors), errors ?? NewErrors());
            builder.AddComponentParameter(3, nameof(ProjectTagPicker.Changed), EventCallback.Factory.Create(this, () => Changes++));
            foreach (var (name, value) in more)
            {
                builder.AddComponentParameter(4, name, value);
            }

            builder.CloseComponent();
        });
}
