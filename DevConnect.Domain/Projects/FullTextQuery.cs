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
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
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

        return terms.Count == 0 ? null : string.Join(' ', terms.Take(MaxTerms).Select(t => $"\"{t}\"*"));
    }
}
