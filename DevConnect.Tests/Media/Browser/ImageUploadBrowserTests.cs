using DevConnect.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DevConnect.Tests.Media.Browser;

/// <summary>Uploads through the real editors: refusals are explained at the upload field, accepted images show at a small width.</summary>
public sealed class ImageUploadBrowserTests(BrowserFixture browser, SeededLiveAppFactory app)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededLiveAppFactory>
{
    [Fact]
    public async Task A_giant_canvas_and_an_animation_are_explained_at_the_project_images_field()
    {
        await using var owner = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await owner.LogInAsync("mei-tanaka");
        await owner.Page.GotoAsync("/projects/new");
        await owner.WaitForInteractiveAsync();
        var images = owner.Page.Locator("#project-images");
        var error = owner.Page.Locator("[data-testid=images-error]");

        await images.ChooseFilesAsync(new FilePayload { Name = "blank.png", MimeType = "image/png", Buffer = TestImages.HugePng() });
        await error.Filter(new() { HasText = "blank.png: This image has too many pixels: at most 40 megapixels" }).WaitForAsync();
        await images.ChooseFilesAsync(new FilePayload { Name = "dance.gif", MimeType = "image/gif", Buffer = TestImages.AnimatedGif() });
        await error.Filter(new() { HasText = "dance.gif: Animated images are not accepted" }).WaitForAsync();
        await images.ChooseFilesAsync(new FilePayload { Name = "photo.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(1600, 900) });
        var thumbnail = owner.Page.Locator("[data-testid=editor-images] li img");
        await thumbnail.WaitForAsync();

        Assert.Equal(0, await error.CountAsync());
        Assert.Matches("^media/[0-9a-f]{64}/320$", await thumbnail.GetAttributeAsync("src"));
        Assert.Contains("/1280 1280w", await thumbnail.GetAttributeAsync("srcset"), StringComparison.Ordinal);
        await owner.AssertAccessibleAsync();
        owner.AssertNoProblems();
    }

    [Fact]
    public async Task An_uploaded_avatar_shows_in_the_preview_and_on_the_profile_at_a_small_width()
    {
        await using var member = await BrowserPage.OpenAsync(browser, app.BaseAddress);
        await member.LogInAsync("arjun-patel");
        await member.Page.GotoAsync("/profile/edit");
        await member.WaitForInteractiveAsync();

        await member.Page.Locator("#avatar-input").ChooseFilesAsync(new FilePayload
        {
            Name = "me.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(1200, 1200),
        });
        var editorAvatar = member.Page.Locator(".dc-avatar-row img.dc-avatar[src^='media/']");
        await editorAvatar.WaitForAsync();
        Assert.Matches("^media/[0-9a-f]{64}/160$", await editorAvatar.GetAttributeAsync("src"));
        Assert.Equal("72px", await editorAvatar.GetAttributeAsync("sizes"));
        // A 72 px avatar on this 1× screen is fetched at the 160 px width, not the 1200 px upload.
        Assert.Matches("/media/[0-9a-f]{64}/160$", await editorAvatar.EvaluateAsync<string>("img => img.decode().then(() => img.currentSrc)"));
        await member.Page.Locator("[data-testid=save-profile]").ClickAsync();
        await member.Page.GetByText("Profile saved.").WaitForAsync();

        await member.Page.GotoAsync("/u/arjun-patel");
        var profileAvatar = member.Page.Locator("img.dc-avatar[src^='media/']").First;
        await profileAvatar.WaitForAsync();
        // 96 px there: the fallback width covers a 2× screen.
        Assert.Matches("^media/[0-9a-f]{64}/320$", await profileAvatar.GetAttributeAsync("src"));
        await member.AssertAccessibleAsync();
        member.AssertNoProblems();
    }
}
