using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// Fills and posts a server-rendered form the way a browser does: every field the page rendered
/// (antiforgery token, Blazor's _handler) plus the values the test types.
/// </summary>
public sealed class HtmlForm
{
    private readonly Dictionary<string, string> _fields;

    private HtmlForm(string action, Dictionary<string, string> fields)
    {
        Action = action;
        _fields = fields;
    }

    public string Action { get; }

    public static async Task<HtmlForm> LoadAsync(HttpClient client, string url, string? formName = null)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return Parse(await response.Content.ReadAsStringAsync(), url, formName);
    }

    public static HtmlForm Parse(string html, string pageUrl, string? formName = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var form = document.Forms
            .Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
            .First(f => formName is null || f.QuerySelector($"input[name=_handler][value='{formName}']") is not null);
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not "checkbox" and not "submit")
            .GroupBy(i => i.Name!)
            .ToDictionary(g => g.Key, g => g.First().Value);
        var action = form.GetAttribute("action");
        return new HtmlForm(string.IsNullOrEmpty(action) ? pageUrl : action, fields);
    }

    public HtmlForm Set(string name, string value)
    {
        _fields[name] = value;
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client) => PostAsync(client, Action);

    /// <summary>Posts the form to another spelling of its address (a trailing slash, other letter case).</summary>
    public Task<HttpResponseMessage> PostAsync(HttpClient client, string url) =>
        client.PostAsync(url, new FormUrlEncodedContent(_fields));
}
