using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Projects;

/// <summary>The project page's image viewer.</summary>
public sealed class ProjectLightboxTests : DomainComponentContext
{
    private static readonly string[] _images = [new('a', 64), new('b', 64), new('c', 64)];
    private int? _shown = 0;

    private IRenderedComponent<ProjectLightbox> RenderLightbox() =>
        Render<ProjectLightbox>(p => p
            .Add(l => l.ImageKeys, _images)
            .Add(l => l.Index, _shown)
            .Add(l => l.IndexChanged, index => _shown = index));

    private static void Show(IRenderedComponent<ProjectLightbox> lightbox, int? index) =>
        lightbox.Render(p => p.Add(l => l.Index, index));

    [Fact]
    public void It_says_which_image_is_shown_and_arrow_keys_step_round_the_images()
    {
        var lightbox = RenderLightbox();
        Assert.Equal("Image 1 of 3", lightbox.Find(".dc-lightbox img").GetAttribute("alt"));

        lightbox.Find(".dc-lightbox").KeyDown("ArrowLeft");
        Assert.Equal(2, _shown);
        Show(lightbox, _shown);
        Assert.Equal("Image 3 of 3", lightbox.Find(".dc-lightbox img").GetAttribute("alt"));

        lightbox.Find(".dc-lightbox").KeyDown("ArrowRight");
        Assert.Equal(0, _shown);
    }

    [Fact]
    public void Escape_or_the_close_button_closes_it()
    {
        var lightbox = RenderLightbox();

        lightbox.Find(".dc-lightbox").KeyDown("Escape");
        Assert.Null(_shown);

        Show(lightbox, 1);
        lightbox.Find("button[aria-label=Close]").Click();
        Assert.Null(_shown);
        Show(lightbox, _shown);
        Assert.Empty(lightbox.FindAll(".dc-lightbox"));
    }

    [Fact]
    public void Opening_it_moves_focus_into_it_so_the_keys_work_at_once()
    {
        _shown = null;
        var lightbox = RenderLightbox();
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "Blazor._internal.domWrapper.focus");

        Show(lightbox, 2);

        Assert.Single(JSInterop.Invocations, i => i.Identifier == "Blazor._internal.domWrapper.focus");
    }
}
