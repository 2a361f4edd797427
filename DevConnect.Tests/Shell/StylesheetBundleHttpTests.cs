using System.Xml.Linq;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell;

/// <summary>
/// Our styles are kept as one file per feature under wwwroot-assets/css/app/ and served as the one css/app.css the
/// page links, so the split costs no extra render-blocking request.
/// </summary>
public sealed class StylesheetBundleHttpTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task The_linked_stylesheet_is_every_feature_stylesheet_joined_in_the_listed_order()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/");
        var href = System.Text.RegularExpressions.Regex.Match(html, "href=\"(css/app\\.[a-z0-9]+\\.css)\"").Groups[1].Value;
        var parts = XDocument.Load(RepoPaths.Combine("DevConnect.App", "DevConnect.App.csproj"))
            .Descendants("AppCssPart")
            .Select(part => File.ReadAllText(Path.Combine(RepoPaths.Combine("DevConnect.App"), (string)part.Attribute("Include")!)))
            .ToList();

        var served = await client.GetStringAsync("/" + href);

        Assert.True(parts.Count > 1);
        Assert.Equal(string.Concat(parts), served);
    }

    [Fact]
    public async Task The_feature_stylesheets_are_not_served_on_their_own()
    {
        var response = await app.CreateClient().GetAsync("/css/app/base.css");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
