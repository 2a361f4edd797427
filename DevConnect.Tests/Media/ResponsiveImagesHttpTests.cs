using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DevConnect.Domain.Media;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace DevConnect.Tests.Media;

/// <summary>Pages offer an upload at its stored widths (srcset), never the upload itself, and old uploads follow after a restart.</summary>
public sealed class ResponsiveImagesHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private async Task<string> AnOwnerAsync()
    {
        var any = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery())).Items[0];
        return (await app.GetService<ProjectService>().GetAsync(any.Id))!.OwnerId;
    }

    private async Task<ProjectSaveResult> PostAsync(string ownerId, string name, string image)
    {
        var result = await app.GetService<ProjectService>().CreateAsync(ownerId, new ProjectDraft
        {
            Name = name,
            Summary = $"{name} in one line",
            Status = ProjectStatus.Recruiting,
            Images = [image],
        });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
        return result;
    }

    /// <summary>Fetches every srcset candidate and checks it is a stored width no wider than it says.</summary>
    private async Task AssertEveryCandidateIsAStoredWidthAsync(IElement img, string hash)
    {
        var candidates = img.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')).ToList();
        Assert.Equal(ImageVariants.Widths.Select(w => ($"media/{hash}/{w}", $"{w}w")), candidates.Select(c => (c[0], c[1])));
        var client = app.CreateClient();
        foreach (var (url, width) in candidates.Select(c => (c[0], int.Parse(c[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture))))
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
            using var bitmap = TestImages.Decode(await response.Content.ReadAsByteArrayAsync());
            Assert.InRange(bitmap.Width, 1, width);
        }
    }

    [Fact]
    public async Task The_feed_and_the_project_page_offer_an_upload_at_its_widths_and_never_at_full_size()
    {
        var owner = await AnOwnerAsync();
        var photo = TestImages.Drawn(SKEncodedImageFormat.Jpeg, 3000, 2000, SKColors.Teal, SKColors.Orange);
        var hash = (await app.GetService<ImageUploadService>().UploadAsync(owner, new MemoryStream(photo))).Hash!;
        var project = await PostAsync(owner, "Srcset Lighthouse", hash);
        var client = app.CreateClient();

        var feed = Parse(await client.GetStringAsync("/projects?q=srcset"));
        var page = Parse(await client.GetStringAsync($"/projects/{project.ProjectId}/{project.Slug}"));

        var card = feed.QuerySelector("[data-testid=project-grid] article .dc-project-cover img")!;
        Assert.Equal($"media/{hash}/640", card.GetAttribute("src"));
        Assert.NotNull(card.GetAttribute("sizes"));
        await AssertEveryCandidateIsAStoredWidthAsync(card, hash);
        var cover = page.QuerySelector(".dc-project-hero-image img")!;
        Assert.Equal($"media/{hash}/640", cover.GetAttribute("src"));
        Assert.NotNull(cover.GetAttribute("sizes"));
        await AssertEveryCandidateIsAStoredWidthAsync(cover, hash);
        Assert.Equal($"http://localhost/media/{hash}/1280", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        // Nothing on either page asks for the image without a width.
        Assert.DoesNotContain($"media/{hash}\"", feed.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain($"media/{hash}\"", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_uploaded_before_re_encoding_is_shown_at_its_widths_after_a_restart()
    {
        var owner = await AnOwnerAsync();
        var legacy = TestImages.JpegWithExif(1600, 900, orientation: 1, description: "Uploaded last year");
        var hash = ImageHash.Of(legacy);
        var store = (FileSystemImageStore)app.GetService<IImageStore>();
        Directory.CreateDirectory(Path.Combine(store.Folder, hash[..2]));
        await File.WriteAllBytesAsync(Path.Combine(store.Folder, hash[..2], hash), legacy, TestContext.Current.CancellationToken);
        await using (var db = await app.GetService<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            db.UploadedImages.Add(new UploadedImage(hash, owner, "image/jpeg", legacy.Length, DateTime.UtcNow));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var project = await PostAsync(owner, "Legacy Lantern", hash);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/media/{hash}/640")).StatusCode);

        await app.Services.InitializeDatabaseAsync(TestContext.Current.CancellationToken);

        var page = Parse(await app.CreateClient().GetStringAsync($"/projects/{project.ProjectId}/{project.Slug}"));
        await AssertEveryCandidateIsAStoredWidthAsync(page.QuerySelector(".dc-project-hero-image img")!, hash);
        Assert.False(File.Exists(Path.Combine(store.Folder, hash[..2], hash)));
    }
}
