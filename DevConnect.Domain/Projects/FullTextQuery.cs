using System.Text;

namespace DevConnect.Domain.Projects;

/// <summary>
/// Turns whatever a visitor typed into a safe FTS5 MATCH expression: only runs of letters and digits survive,
/// each becomes a quoted prefix term ("word"*), and all must match. Quotes, *, NEAR(, column filters and
/// 10 KB strings therefore can never be a syntax error.
/// </summary>
public static class FullTextQuery
{
    public const int MaxTerms = 8;

    public static string? Build(string? text)
    {
        var terms = Terms(text);
        return terms.Count == 0 ? null : string.Join(' ', terms.Select(t => $"\"{t}\"*"));
    }

    /// <summary>The words <see cref="Build"/> turns into prefix terms, at most <see cref="MaxTerms"/>.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var input = text.Length > ProjectQuery.MaxTextLength ? text[..ProjectQuery.MaxTextLength] : text;
        var terms = new List<string>();
        var current = new StringBuilder();
        foreach (var c in input.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                var term = current.ToString();
                if (!terms.Contains(term, StringComparer.OrdinalIgnoreCase))
                {
                    terms.Add(term);
                }

                current.Clear();
            }
        }

        return terms.Take(MaxTerms).ToList();
    }
}
