using System.Net;
using System.Text.RegularExpressions;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell;

/// <summary>What a search engine or a chat app's link preview reads in each public page's head.</summary>
public sealed partial class LinkPreviewHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Theory]
    [InlineData("/", "DevConnect brings juniors and seniors together")]
    [InlineData("/projects", "Projects looking for developers")]
    [InlineData("/projects/1", null)]
    [InlineData("/people", "Developers on DevConnect")]
    [InlineData("/u/ada", null)]
    [InlineData("/Account/Login", "Log in to DevConnect")]
    public async Task Every_public_page_has_one_description_and_a_link_preview(string path, string? description)
    {
        var html = await app.CreateClient().GetStringAsync(path);

        var descriptions = Meta(html, "name", "description");
        var single = Assert.Single(descriptions);
        Assert.False(string.IsNullOrWhiteSpace(single));
        if (description is not null)
        {
            Assert.StartsWith(description, single, StringComparison.Ordinal);
        }

        Assert.Single(Meta(html, "property", "og:title"));
        Assert.Equal(single, Assert.Single(Meta(html, "property", "og:description")));
    }

    [Fact]
    public async Task A_french_visitor_gets_the_french_description()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/people");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");

        var html = await (await app.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.StartsWith("Les développeurs de DevConnect", Assert.Single(Meta(html, "name", "description")), StringComparison.Ordinal);
    }

    private static List<string> Meta(string html, string attribute, string name) =>
        MetaTag().Matches(html)
            .Where(m => m.Groups["attr"].Value == attribute && m.Groups["name"].Value == name)
            .Select(m => WebUtility.HtmlDecode(m.Groups["content"].Value))
            .ToList();

    [GeneratedRegex(""""<meta (?<attr>name|property)="(?<name>[^"]+)" content="(?<content>[^"]*)"""")]
    private static partial Regex MetaTag();
}
