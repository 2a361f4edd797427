using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Projects;

/// <summary>Many viewers reacting to one event share one read, and never a read from before the change.</summary>
public sealed class SharedProjectReadsTests : IAsyncLifetime
{
    private DomainHarness _domain = default!;

    private SharedProjectReads Reads => _domain.Get<SharedProjectReads>();

    public async ValueTask InitializeAsync() => _domain = await DomainHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _domain.DisposeAsync();

    private async Task<int> Post(string ownerId, string name, params string[] tags)
    {
        var result = await _domain.Get<ProjectService>().CreateAsync(ownerId, new ProjectDraft
        {
            Name = name, Summary = $"{name} in one line", Tags = tags, Status = ProjectStatus.Recruiting,
        });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
        return result.ProjectId!.Value;
    }

    [Fact]
    public async Task A_thousand_feeds_with_the_same_filters_get_one_shared_page()
    {
        var owner = await _domain.CreateMemberAsync("Shared Owner");
        await Post(owner, "Ferris wheel", "Rust");
        var rust = new ProjectQuery { Languages = ["rust"] };

        var pages = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => Reads.SearchAsync(rust with { }))));

        Assert.Single(pages.Distinct(ReferenceEqualityComparer.Instance));
        Assert.Equal("Ferris wheel", Assert.Single(pages[0].Items).Name);
    }

    [Fact]
    public async Task A_new_project_is_in_the_very_next_shared_read()
    {
        var owner = await _domain.CreateMemberAsync("Fresh Owner");
        await Post(owner, "First crate", "Rust");
        var rust = new ProjectQuery { Languages = ["Rust"] };
        var before = await Reads.SearchAsync(rust);

        await Post(owner, "Second crate", "rust");
        var after = await Reads.SearchAsync(rust);

        Assert.Equal(1, before.Total);
        Assert.Equal(["Second crate", "First crate"], after.Items.Select(p => p.Name));
    }

    [Fact]
    public async Task Different_filters_never_share_a_page()
    {
        var owner = await _domain.CreateMemberAsync("Filter Owner");
        await Post(owner, "Gopher hole", "Go");
        await Post(owner, "Crab shell", "Rust");

        var go = await Reads.SearchAsync(new ProjectQuery { Languages = ["go"] });
        var rust = await Reads.SearchAsync(new ProjectQuery { Languages = ["rust"] });
        var rustText = await Reads.SearchAsync(new ProjectQuery { Languages = ["rust"], Text = "gopher" });

        Assert.Equal("Gopher hole", Assert.Single(go.Items).Name);
        Assert.Equal("Crab shell", Assert.Single(rust.Items).Name);
        Assert.Empty(rustText.Items);
    }

    [Fact]
    public async Task An_edited_project_page_is_read_afresh()
    {
        var owner = await _domain.CreateMemberAsync("Editing Owner");
        var id = await Post(owner, "Old name");
        var before = (await Reads.GetAsync(id))!;

        await _domain.Get<ProjectService>().UpdateAsync(owner, id, before.Version, new ProjectDraft
        {
            Name = "New name", Summary = before.Summary, Status = before.Status,
        });

        Assert.Equal("New name", (await Reads.GetAsync(id))!.Name);
    }
}
