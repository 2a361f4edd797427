using DevConnect.Domain.Live;
using DevConnect.Domain.Media;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Projects;

public sealed class ProjectServiceTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;

    private ProjectService Projects => _domain.Get<ProjectService>();

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private static ProjectDraft Draft(string name, params string[] tags) => new()
    {
        Name = name,
        Summary = $"{name} in one line",
        Description = $"All about **{name}**.",
        Tags = tags,
        Status = ProjectStatus.Recruiting,
    };

    private async Task<int> Post(string ownerId, ProjectDraft draft)
    {
        var result = await Projects.CreateAsync(ownerId, draft);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
        return result.ProjectId!.Value;
    }

    [Fact]
    public async Task An_owner_posts_a_project_and_everyone_can_read_it()
    {
        var owner = await _domain.CreateMemberAsync("Ada Owner");

        var id = await Post(owner, Draft("Tide tables", "Rust", "C#") with { GitHubUrl = "https://github.com/sea/tides" });

        var project = await Projects.GetAsync(id);
        Assert.Equal("Tide tables", project!.Name);
        Assert.Equal("https://github.com/sea/tides", project.GitHubUrl);
        Assert.Equal(["C#", "Rust"], project.Tags.Select(t => t.Label).Order());
        Assert.Equal("Ada Owner", project.Owner!.DisplayName);
    }

    [Fact]
    public async Task Posting_needs_a_confirmed_email()
    {
        var unconfirmed = await _domain.CreateMemberAsync("New Person", emailConfirmed: false);

        var result = await Projects.CreateAsync(unconfirmed, Draft("Too early"));

        Assert.Equal(ProjectErrors.EmailNotConfirmed, Assert.Single(result.Errors).Code);
        Assert.Equal(0, (await Projects.SearchAsync(new ProjectQuery())).Total);
    }

    [Fact]
    public async Task Someone_else_cannot_edit_or_delete_a_project_even_by_calling_the_service()
    {
        var owner = await _domain.CreateMemberAsync("Real Owner");
        var intruder = await _domain.CreateMemberAsync("Not The Owner");
        var id = await Post(owner, Draft("Guarded"));
        var version = (await Projects.GetAsync(id))!.Version;

        var edit = await Projects.UpdateAsync(intruder, id, version, Draft("Hijacked"));
        var delete = await Projects.DeleteAsync(intruder, id);
        var form = await Projects.GetForEditAsync(intruder, id);

        Assert.Equal(ProjectErrors.NotOwner, Assert.Single(edit.Errors).Code);
        Assert.Equal(ProjectErrors.NotOwner, Assert.Single(delete.Errors).Code);
        Assert.Equal(ProjectErrors.NotOwner, form.Error!.Code);
        Assert.Equal("Guarded", (await Projects.GetAsync(id))!.Name);
    }

    [Fact]
    public async Task An_edit_made_on_an_outdated_copy_is_refused_instead_of_overwriting()
    {
        var owner = await _domain.CreateMemberAsync("Busy Owner");
        var id = await Post(owner, Draft("Version one"));
        var opened = (await Projects.GetAsync(id))!.Version;
        Assert.True((await Projects.UpdateAsync(owner, id, opened, Draft("Version two from tab A"))).Succeeded);

        var late = await Projects.UpdateAsync(owner, id, opened, Draft("Version two from tab B"));

        Assert.Equal(ProjectErrors.Conflict, Assert.Single(late.Errors).Code);
        Assert.Equal("Version two from tab A", (await Projects.GetAsync(id))!.Name);
    }

    [Fact]
    public async Task Editing_tells_open_pages_and_feeds_and_keeps_the_search_index_in_step()
    {
        var owner = await _domain.CreateMemberAsync("Live Owner");
        var id = await Post(owner, Draft("Lighthouse", "Go"));
        using var page = new LiveProbe<ProjectUpdated>(_domain.Get<ILiveEvents>(), LiveKeys.Project(id));

        await Projects.UpdateAsync(owner, id, (await Projects.GetAsync(id))!.Version, Draft("Beacon", "Go") with { Description = "Now with *foghorns*." });

        Assert.Equal([new ProjectUpdated(id)], await page.WaitForAsync());
        Assert.Equal(1, (await Projects.SearchAsync(new ProjectQuery { Text = "foghorn" })).Total);
        Assert.Equal(0, (await Projects.SearchAsync(new ProjectQuery { Text = "lighthouse" })).Total);
    }

    [Fact]
    public async Task Deleting_a_project_removes_its_images_unless_another_project_uses_them()
    {
        var owner = await _domain.CreateMemberAsync("Tidy Owner");
        var uploads = _domain.Get<ImageUploadService>();
        var shared = (await uploads.UploadAsync(owner, new MemoryStream(TestImages.Png(red: 10)))).Hash!;
        var own = (await uploads.UploadAsync(owner, new MemoryStream(TestImages.Png(red: 20)))).Hash!;
        var doomed = await Post(owner, Draft("Doomed") with { Images = [own, shared] });
        await Post(owner, Draft("Survivor") with { Images = [shared] });
        var store = _domain.Get<IImageStore>();

        var result = await Projects.DeleteAsync(owner, doomed);

        Assert.True(result.Succeeded);
        Assert.Null(await Projects.GetAsync(doomed));
        Assert.True(store.HasVariants(shared));
        Assert.False(store.HasVariants(own));
        Assert.Null(store.OpenForWidth(own, ImageVariants.Largest));
    }

    [Fact]
    public async Task A_project_cannot_borrow_an_image_someone_else_uploaded()
    {
        var alice = await _domain.CreateMemberAsync("Alice Uploader");
        var mallory = await _domain.CreateMemberAsync("Mallory Borrower");
        var hash = (await _domain.Get<ImageUploadService>().UploadAsync(alice, new MemoryStream(TestImages.Png()))).Hash!;

        var result = await Projects.CreateAsync(mallory, Draft("Borrowed") with { Images = [hash, "asset:img/projects/cover-01.svg"] });

        Assert.Equal(ProjectErrors.ImageUnknown, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task The_feed_filters_by_language_status_and_junior_friendliness_and_counts_languages()
    {
        var owner = await _domain.CreateMemberAsync("Many Projects");
        await Post(owner, Draft("Rusty", "rust") with { IsJuniorFriendly = true });
        await Post(owner, Draft("Gopher", "golang"));
        await Post(owner, Draft("Both", "Rust", "Go") with { Status = ProjectStatus.Idea });

        var rust = await Projects.SearchAsync(new ProjectQuery { Languages = ["rust"] });
        var rustOrGo = await Projects.SearchAsync(new ProjectQuery { Languages = ["rust", "go"] });
        var recruitingRust = await Projects.SearchAsync(new ProjectQuery { Languages = ["Rust"], Statuses = [ProjectStatus.Recruiting] });
        var junior = await Projects.SearchAsync(new ProjectQuery { JuniorFriendlyOnly = true });

        Assert.Equal(["Both", "Rusty"], rust.Items.Select(p => p.Name).Order());
        Assert.Equal(3, rustOrGo.Total);
        Assert.Equal(["Rusty"], recruitingRust.Items.Select(p => p.Name));
        Assert.Equal(["Rusty"], junior.Items.Select(p => p.Name));
        Assert.Equal([("Go", 2), ("Rust", 2)], rust.Languages.Select(l => (l.Tag.Label, l.Count)).Order());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unbalanced quote")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("name:tide OR")]
    [InlineData("tide AND NOT -")]
    [InlineData("')); DROP TABLE Projects; --")]
    [InlineData("^tide$ {col} [x]")]
    public async Task Hostile_search_text_gives_results_or_nothing_never_an_error(string text)
    {
        var owner = await _domain.CreateMemberAsync("Search Owner");
        await Post(owner, Draft("Tide tables", "rust"));

        var page = await Projects.SearchAsync(new ProjectQuery { Text = text });

        Assert.InRange(page.Total, 0, 1);
        Assert.Equal(1, (await Projects.SearchAsync(new ProjectQuery())).Total);
    }

    [Fact]
    public async Task A_ten_kilobyte_search_is_answered()
    {
        var owner = await _domain.CreateMemberAsync("Search Owner");
        await Post(owner, Draft("Tide tables", "rust"));

        var page = await Projects.SearchAsync(new ProjectQuery { Text = "tide " + new string('x', 10_240) });

        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task Search_finds_words_in_the_description_and_tags_ignoring_accents_and_case()
    {
        var owner = await _domain.CreateMemberAsync("Search Owner");
        await Post(owner, Draft("Café finder", "csharp") with { Description = "Find a quiet café to code in." });
        await Post(owner, Draft("Other thing", "python"));

        Assert.Equal(["Café finder"], (await Projects.SearchAsync(new ProjectQuery { Text = "CAFE" })).Items.Select(p => p.Name));
        Assert.Equal(["Café finder"], (await Projects.SearchAsync(new ProjectQuery { Text = "quiet" })).Items.Select(p => p.Name));
        Assert.Equal(["Café finder"], (await Projects.SearchAsync(new ProjectQuery { Text = "C#" })).Items.Select(p => p.Name));
    }
}
