using DevConnect.Domain.Text;

namespace DevConnect.Tests.Shared;

/// <summary>User Markdown is rendered once per text and shown again from what was kept; it is safe either way.</summary>
public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void A_text_shown_again_is_served_from_what_was_rendered_the_first_time()
    {
        const string bio = "I build **tide tables** with <script>alert(1)</script> and [friends](https://example.org).";

        var first = _renderer.ToSafeHtml(bio);
        var again = _renderer.ToSafeHtml(bio);

        Assert.Same(first, again);
        Assert.DoesNotContain("<script", first, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>tide tables</strong>", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow ugc noopener\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_its_bound_the_renderer_starts_over_and_renders_the_same_safe_html()
    {
        const string description = "A project with a [link](javascript:alert(1)) that must not survive.";
        var first = _renderer.ToSafeHtml(description);

        // Distinct texts, as a live preview sends while someone types, until the bound is passed.
        var filler = new string('x', 10_000);
        for (var i = 0; i * 2 * filler.Length < MarkdownRenderer.MaxKeptChars + filler.Length; i++)
        {
            _renderer.ToSafeHtml($"{i} {filler}");
        }

        var again = _renderer.ToSafeHtml(description);

        Assert.NotSame(first, again);
        Assert.Equal(first, again);
        Assert.DoesNotContain("javascript:", again, StringComparison.OrdinalIgnoreCase);
    }
}
