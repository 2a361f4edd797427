using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;

// The render-tree frames are public but flagged as the framework's own (BL0006): their shape could change in a later
// Blazor. StaticMarkupTests compares this writer's output with Blazor's own HTML renderer for every kind of card, so
// such a change fails a test instead of a page.
#pragma warning disable BL0006

namespace DevConnect.App.Components.Shared;

/// <summary>
/// Writes a render fragment of plain markup (elements, attributes, text, markup; no components, no event handlers)
/// as HTML, synchronously and outside any renderer. A fragment that many circuits show identically (a project card)
/// can then be built once and handed to each circuit as one markup frame: the circuit neither builds nor diffs its
/// eighty frames, and its render tree holds one frame instead of them (see <see cref="Projects.CardMarkup"/>).
/// Encoding follows Blazor's own HTML renderer as this app configures it: text and attribute values HTML-encoded with
/// every Unicode range allowed (French stays "é", not "&amp;#xE9;"),
/// <c>true</c> as a bare attribute, <c>false</c> and null left out.
/// </summary>
public static class StaticMarkup
{
    // The app's WebEncoderOptions (AppServiceCollectionExtensions) allow every range; HtmlEncoder.Default escapes accents.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    // Elements the HTML parser closes itself; "<img></img>" would be read as "<img>" plus a stray end tag.
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    public static string Render(RenderFragment fragment)
    {
        var builder = new RenderTreeBuilder();
        try
        {
            fragment(builder);
            var frames = builder.GetFrames();
            var html = new StringBuilder(2048);
            Write(html, frames.Array, 0, frames.Count);
            return html.ToString();
        }
        finally
        {
            builder.Dispose();
        }
    }

    private static void Write(StringBuilder html, RenderTreeFrame[] frames, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            ref var frame = ref frames[i];
            switch (frame.FrameType)
            {
                case RenderTreeFrameType.Element:
                    WriteElement(html, frames, i);
                    i += frame.ElementSubtreeLength - 1;
                    break;
                case RenderTreeFrameType.Region:
                    Write(html, frames, i + 1, i + frame.RegionSubtreeLength);
                    i += frame.RegionSubtreeLength - 1;
                    break;
                case RenderTreeFrameType.Text:
                    html.Append(Encoder.Encode(frame.TextContent));
                    break;
                case RenderTreeFrameType.Markup:
                    html.Append(frame.MarkupContent);
                    break;
                case RenderTreeFrameType.Component:
                    // A component has state and a lifecycle of its own: it cannot be one shared string.
                    throw new InvalidOperationException($"StaticMarkup renders plain markup only; found component {frame.ComponentType.Name}.");
            }
        }
    }

    private static void WriteElement(StringBuilder html, RenderTreeFrame[] frames, int index)
    {
        ref var element = ref frames[index];
        var end = index + element.ElementSubtreeLength;
        html.Append('<').Append(element.ElementName);
        var child = index + 1;
        for (; child < end && frames[child].FrameType == RenderTreeFrameType.Attribute; child++)
        {
            ref var attribute = ref frames[child];
            switch (attribute.AttributeValue)
            {
                case string text:
                    html.Append(' ').Append(attribute.AttributeName).Append("=\"").Append(Encoder.Encode(text)).Append('"');
                    break;
                case true:
                    html.Append(' ').Append(attribute.AttributeName);
                    break;
                case not null and not bool:
                    // The builder turns every other value into a string: what is left is a handler, which needs a circuit.
                    throw new InvalidOperationException($"StaticMarkup cannot carry the handler '{attribute.AttributeName}'.");
            }
        }

        html.Append('>');
        if (VoidElements.Contains(element.ElementName))
        {
            return;
        }

        Write(html, frames, child, end);
        html.Append("</").Append(element.ElementName).Append('>');
    }
}
