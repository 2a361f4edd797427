using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;

namespace DevConnect.Tests.Shell;

/// <summary>
/// Every page, prerendered for a visitor, a member and a project owner, shows no piece of its template: a stray
/// brace, an unrendered @-expression. (A "}" once sat below the apply panel on every project page.)
/// </summary>
public sealed partial class LeftoverMarkupTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private static readonly string[] _everyone =
        ["/", "/projects", "/projects?lang=rust&lang=go&status=recruiting", "/people", "/people?lang=rust", "/u/ada", "/u/mei-tanaka", "/companies", "/companies?tech=rust", "/no-such-page"];

    private static readonly string[] _visitorOnly =
        ["/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResendEmailConfirmation"];

    private static readonly string[] _members =
        ["/my/projects", "/my/applications", "/messages", "/my/notifications", "/profile", "/profile/edit", "/projects/new", "/companies/new",
         "/Account/Manage", "/Account/Manage/ChangePassword", "/Account/Manage/Notifications", "/Account/Manage/DeletePersonalData"];

    // Razor left in the output: braces anywhere in text, or an @ followed by code (handles such as "@ada" are lowercase).
    [GeneratedRegex(@"[{}]|@(?:[A-Z(\[{]|if\b|else\b|foreach\b|for\b|while\b|switch\b|code\b|using\b|inject\b|context\b|_)")]
    private static partial Regex Leftover();

    [Theory]
    [InlineData("visitor")]
    [InlineData("lucas-martin")]
    [InlineData("ada")]
    public async Task No_page_shows_leftover_template_code(string who)
    {
        var client = app.CreateBrowserLikeClient();
        var paths = new List<string>(_everyone);
        if (who == "visitor")
        {
            paths.AddRange(_visitorOnly);
        }
        else
        {
            await client.LoginAsync(who);
            paths.AddRange(_members);
        }

        foreach (var project in (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery())).Items.Take(4))
        {
            paths.Add($"/projects/{project.Id}/{project.Slug}");
        }

        var pantry = (await app.GetService<ProjectService>().SearchAsync(new ProjectQuery { Text = "open pantry" })).Items[0];
        if (who == "ada")
        {
            paths.Add($"/projects/{pantry.Id}/edit");
            paths.Add($"/my/projects/{pantry.Id}/applications");
        }

        if (who != "visitor")
        {
            var inbox = new HtmlParser().ParseDocument(await client.GetStringAsync("/messages"));
            paths.AddRange(inbox.QuerySelectorAll("a[href^='messages/']").Take(2).Select(a => "/" + a.GetAttribute("href")));
        }

        var found = new List<string>();
        foreach (var path in paths)
        {
            var html = await GetFollowingRedirectsAsync(client, path);
            found.AddRange(Leftovers(new HtmlParser().ParseDocument(html)).Select(text => $"{path}: \"{text}\""));
        }

        Assert.True(paths.Count > 12, $"only {paths.Count} pages");
        Assert.True(found.Count == 0, $"as {who}:\n" + string.Join('\n', found));
    }

    private static async Task<string> GetFollowingRedirectsAsync(HttpClient client, string path)
    {
        for (var hops = 0; hops < 4; hops++)
        {
            var response = await client.GetAsync(path);
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.MovedPermanently))
            {
                Assert.True((int)response.StatusCode < 500, $"{path}: {response.StatusCode}");
                return await response.Content.ReadAsStringAsync();
            }

            path = response.Headers.Location!.OriginalString;
        }

        throw new InvalidOperationException($"too many redirects from {path}");
    }

    /// <summary>Text a person reads (not scripts, styles or user-written Markdown and code), and attribute values.</summary>
    private static IEnumerable<string> Leftovers(IDocument document)
    {
        var walker = document.CreateTreeWalker(document.Body!, FilterSettings.Text);
        for (var node = walker.ToNext(); node is not null; node = walker.ToNext())
        {
            var parent = node.ParentElement;
            if (parent?.Closest("script, style, noscript, template, code, pre, .dc-markdown, svg") is null && Leftover().IsMatch(node.TextContent))
            {
                yield return node.TextContent.Trim();
            }
        }

        foreach (var attribute in document.All.SelectMany(e => e.Attributes))
        {
            if (attribute.Value.StartsWith('@') || attribute.Value.Contains("@(", StringComparison.Ordinal))
            {
                yield return $"{attribute.Name}=\"{attribute.Value}\"";
            }
        }
    }
}
