using DevConnect.Domain.Projects;

namespace DevConnect.Tests.Projects;

public sealed class ProjectRulesTests
{
    private static readonly ProjectDraft _good = new()
    {
        Name = "Tide tables",
        Summary = "Offline tide predictions for sailors",
        Description = "## Why\nBecause the sea does not wait.",
        Tags = ["Rust", "wasm"],
        Roles = [new RoleDraft("Frontend", true)],
    };

    private static string[] ErrorsFor(ProjectDraft draft) =>
        ProjectRules.Validate(draft).Errors.Select(e => $"{e.Field}:{e.Code}").ToArray();

    [Fact]
    public void A_complete_draft_is_accepted_and_tidied()
    {
        var (valid, errors) = ProjectRules.Validate(_good with { Name = "  Tide   tables ", GitHubUrl = "github.com/Sea-Org/tides.git/" });

        Assert.Empty(errors);
        Assert.Equal("Tide tables", valid!.Name);
        Assert.Equal("tide-tables", valid.Slug);
        Assert.Equal(("Sea-Org", "tides"), (valid.GitHubOwner, valid.GitHubRepo));
        Assert.Equal(["rust", "wasm"], valid.Tags);
        Assert.Equal("frontend", Assert.Single(valid.Roles).Name);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("")]
    [InlineData("an extremely long project name that goes on and on and on well past the eighty character limit")]
    public void A_name_needs_3_to_80_characters(string name) =>
        Assert.Equal([$"Name:{ProjectErrors.NameLength}"], ErrorsFor(_good with { Name = name }));

    [Fact]
    public void A_summary_is_required_and_fits_on_one_line()
    {
        Assert.Equal([$"Summary:{ProjectErrors.SummaryRequired}"], ErrorsFor(_good with { Summary = "   " }));
        Assert.Equal([$"Summary:{ProjectErrors.SummaryLength}"], ErrorsFor(_good with { Summary = new string('s', 161) }));
    }

    [Fact]
    public void A_description_holds_at_most_20000_characters()
    {
        Assert.Empty(ErrorsFor(_good with { Description = new string('d', 20_000) }));
        Assert.Equal([$"Description:{ProjectErrors.DescriptionLength}"], ErrorsFor(_good with { Description = new string('d', 20_001) }));
    }

    [Theory]
    [InlineData("https://github.com/dotnet/aspnetcore", "dotnet", "aspnetcore")]
    [InlineData("http://www.github.com/dotnet/aspnetcore.git", "dotnet", "aspnetcore")]
    [InlineData("https://github.com/octo-org/octo.repo/tree/main/src?x=1", "octo-org", "octo.repo")]
    public void GitHub_links_are_normalised_to_owner_and_repository(string url, string owner, string repo)
    {
        Assert.True(ProjectRules.TryParseGitHubUrl(url, out var parsedOwner, out var parsedRepo));
        Assert.Equal((owner, repo), (parsedOwner, parsedRepo));
    }

    [Theory]
    [InlineData("https://gitlab.com/group/project")]
    [InlineData("https://github.com/dotnet")]
    [InlineData("https://github.com/-bad/repo")]
    [InlineData("https://github.com/owner/..")]
    [InlineData("javascript:alert(1)//github.com/a/b")]
    [InlineData("https://github.com.evil.example/a/b")]
    public void Anything_but_a_GitHub_repository_link_is_refused_at_its_field(string url) =>
        Assert.Equal([$"GitHubUrl:{ProjectErrors.GitHubUrl}"], ErrorsFor(_good with { GitHubUrl = url }));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example.com")]
    [InlineData("not a url")]
    [InlineData("https://user:secret@example.com")]
    public void A_website_must_be_a_plain_web_address(string url) =>
        Assert.Equal([$"Website:{ProjectErrors.Website}"], ErrorsFor(_good with { Website = url }));

    [Fact]
    public void CSharp_written_three_ways_is_one_tag()
    {
        var (valid, _) = ProjectRules.Validate(_good with { Tags = ["C#", "csharp", " c# ", "CSharp"] });

        Assert.Equal(["csharp"], valid!.Tags);
        Assert.Equal("C#", Tags.FromKey("csharp").Label);
    }

    [Theory]
    [InlineData("golang", "go", "Go")]
    [InlineData("Node.js", "javascript", "JavaScript")]
    [InlineData("C++", "cpp", "C++")]
    [InlineData("Machine Learning", "machine-learning", "machine-learning")]
    [InlineData("ASP.NET Core", "asp.net-core", "ASP.NET Core")]
    [InlineData("Game Jams", "game-jams", "game-jams")]
    public void Tags_are_normalised_to_one_spelling(string typed, string key, string label)
    {
        var tag = Tags.Normalize(typed);

        Assert.Equal((key, label), (tag!.Key, tag.Label));
    }

    [Fact]
    public void At_most_12_tags_and_no_unusable_ones()
    {
        Assert.Equal([$"Tags:{ProjectErrors.TooManyTags}"], ErrorsFor(_good with { Tags = Enumerable.Range(1, 13).Select(i => $"tag{i}").ToArray() }));
        Assert.Equal([$"Tags:{ProjectErrors.TagInvalid}"], ErrorsFor(_good with { Tags = ["rust", "!!!"] }));
    }

    [Fact]
    public void Roles_need_a_name_and_there_are_at_most_ten()
    {
        Assert.Equal([$"Roles:{ProjectErrors.RoleInvalid}"], ErrorsFor(_good with { Roles = [new RoleDraft(" ", false)] }));
        Assert.Equal([$"Roles:{ProjectErrors.TooManyRoles}"], ErrorsFor(_good with { Roles = Enumerable.Range(1, 11).Select(i => new RoleDraft($"role {i}", false)).ToArray() }));
    }

    [Fact]
    public void A_project_has_at_most_six_images() =>
        Assert.Equal([$"Images:{ProjectErrors.TooManyImages}"], ErrorsFor(_good with { Images = Enumerable.Range(1, 7).Select(i => new string((char)('a' + i), 64)).ToArray() }));

    [Fact]
    public void A_status_outside_the_list_is_refused() =>
        Assert.Equal([$":{ProjectErrors.EnumInvalid}"], ErrorsFor(_good with { Status = (ProjectStatus)42 }));
}
