using System.Collections.Concurrent;
using Ganss.Xss;
using Markdig;

namespace DevConnect.Domain.Text;

/// <summary>
/// User Markdown to HTML that is safe to show: raw HTML in the source is escaped by Markdig, and the result
/// goes through HtmlSanitizer (no script, no event handlers, only http/https/mailto links).
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UsePipeTables()
        .UseTaskLists()
        .UseListExtras()
        .DisableHtml()
        .Build();

    // What is kept, in characters of source and HTML together (about 8 MB): past it, everything is dropped and kept anew.
    internal const int MaxKeptChars = 4_000_000;

    private readonly HtmlSanitizer _sanitizer;

    // The same descriptions and bios are shown on every visit: parsing and sanitizing them again took 6% of a signed-in
    // project page under load. Kept by their exact source text, so an edit is simply a new entry.
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);
    private int _keptChars;

    public MarkdownRenderer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.Add("http");
        _sanitizer.AllowedSchemes.Add("https");
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedTags.Remove("img");
        _sanitizer.PostProcessNode += (_, e) =>
        {
            // Links written by users must not pass on ranking or a window.opener.
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", "nofollow ugc noopener");
            }
        };
    }

    public string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        if (_rendered.TryGetValue(markdown, out var kept))
        {
            return kept;
        }

        var html = _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));
        // A live preview renders every keystroke: one-off texts fill the bound and are dropped with the rest.
        if (Interlocked.Add(ref _keptChars, markdown.Length + html.Length) > MaxKeptChars)
        {
            _rendered.Clear();
            Interlocked.Exchange(ref _keptChars, 0);
        }

        _rendered.TryAdd(markdown, html);
        return html;
    }
}
