using Bunit;
using DevConnect.App.Components.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace DevConnect.Tests.Projects;

/// <summary>Uploading, ordering and removing a project's images (real image checks and store).</summary>
public sealed class ProjectImageManagerTests : EditorSectionContext
{
    private readonly List<bool> _uploading = [];

    private async Task<IRenderedComponent<ProjectImageManager>> RenderManagerAsync()
    {
        var member = await SignInAsync("Image Owner");
        return RenderSection<ProjectImageManager>(null,
            (nameof(ProjectImageManager.UserId), member),
            (nameof(ProjectImageManager.UploadingChanged), EventCallback.Factory.Create<bool>(this, _uploading.Add)));
    }

    private static InputFileContent Png(string name, byte red) =>
        InputFileContent.CreateFromBinary(TestImages.Png(32, 18, red, 120, 40), name, contentType: "image/png");

    [Fact]
    public async Task Uploaded_images_appear_in_order_and_the_first_is_the_cover()
    {
        var manager = await RenderManagerAsync();

        manager.FindComponent<InputFile>().UploadFiles(Png("harbour.png", 10), Png("berths.png", 200));

        manager.WaitForAssertion(() => Assert.Equal(2, manager.FindAll("[data-testid=editor-images] li").Count), Patience.Wait);
        Assert.Equal("Cover", manager.Find("[data-testid=editor-images] li:first-child .dc-cover-badge").TextContent);
        Assert.All(Form.Images, key => Assert.Matches("^[0-9a-f]{64}$", key));
        Assert.Equal([true, false], _uploading);
    }

    [Fact]
    public async Task Making_the_second_image_the_cover_moves_it_first_and_removing_one_drops_it()
    {
        var manager = await RenderManagerAsync();
        manager.FindComponent<InputFile>().UploadFiles(Png("first.png", 10), Png("second.png", 200));
        manager.WaitForAssertion(() => Assert.Equal(2, Form.Images.Count), Patience.Wait);
        var second = Form.Images[1];

        manager.Find("button[aria-label='Make image 2 the cover']").Click();
        Assert.Equal(second, Form.Images[0]);

        manager.Find("button[aria-label='Remove image 2']").Click();
        Assert.Equal([second], Form.Images);
        Assert.Single(manager.FindAll("[data-testid=editor-images] li"));
    }

    [Fact]
    public async Task A_seventh_image_is_refused_at_the_field_and_the_sixth_is_kept()
    {
        var manager = await RenderManagerAsync();
        manager.FindComponent<InputFile>().UploadFiles(Enumerable.Range(1, 5).Select(i => Png($"{i}.png", (byte)(i * 40))).ToArray());
        manager.WaitForAssertion(() => Assert.Equal(5, Form.Images.Count), Patience.Wait);

        manager.FindComponent<InputFile>().UploadFiles(Png("six.png", 250), Png("seven.png", 5));

        manager.WaitForAssertion(() =>
            Assert.Equal("A project has at most 6 images.", manager.Find("[data-testid=images-error]").TextContent), Patience.Wait);
        Assert.Equal(6, Form.Images.Count);
        Assert.Empty(manager.FindAll("#project-images"));
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_by_name_and_the_good_one_is_kept()
    {
        var manager = await RenderManagerAsync();

        manager.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary(TestImages.Svg(), "drawing.svg", contentType: "image/svg+xml"), Png("photo.png", 90));

        manager.WaitForAssertion(() =>
            Assert.StartsWith("drawing.svg: ", manager.Find("[data-testid=images-error]").TextContent, StringComparison.Ordinal), Patience.Wait);
        Assert.Single(Form.Images);
    }
}
