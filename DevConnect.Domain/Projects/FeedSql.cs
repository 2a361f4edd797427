using Microsoft.Data.Sqlite;

namespace DevConnect.Domain.Projects;

/// <summary>Which filter's set of project ids the query starts from, if any.</summary>
internal enum FeedDriver
{
    /// <summary>Walk the sort's covering index from the top and test every filter per entry.</summary>
    SortIndex,

    /// <summary>Start from the few projects the text matches, then sort them.</summary>
    Text,

    /// <summary>Start from the few projects with the chosen languages, then sort them.</summary>
    Languages,
}

/// <summary>
/// The text filter in its two forms: FTS5's prefix query (cheap to list all matches once) and, when every word could
/// be expanded, the same words written out (cheap to test one project against). <see cref="Documents"/>: at most
/// how many projects match, when known.
/// </summary>
internal sealed record TextFilter(string PrefixMatch, string? ExpandedMatch, int? Documents);

/// <summary>
/// The feed's filters as SQL over <c>Projects AS p</c>, in the shape the chosen <see cref="FeedDriver"/> needs.
/// Only fixed fragments and parameter names become SQL text; every value is a numbered parameter.
/// </summary>
internal sealed class FeedSql
{
    private readonly List<object> _values = [];

    public object[] Values => [.. _values];

    public string Add(object value)
    {
        var name = "$p" + _values.Count;
        _values.Add(new SqliteParameter(name, value));
        return name;
    }

    /// <summary>
    /// "FROM … WHERE …". Walking: INDEXED BY the sort's covering index. Driven by a set: NOT INDEXED, so SQLite can
    /// only reach projects through that set's ids (other sets are written so they cannot drive: EXISTS, or +p.Id).
    /// </summary>
    public string FromWhere(ProjectQuery query, IReadOnlyList<string> languages, TextFilter? text, DateTime now, FeedDriver driver, string sortIndex)
    {
        var terms = new List<string>();
        if (query.HideInactive)
        {
            terms.Add($"(p.GitHubInactiveFromUtc IS NULL OR p.GitHubInactiveFromUtc > {Add(now)})");
        }

        if (query.Statuses.Count > 0)
        {
            terms.Add($"p.Status IN ({string.Join(", ", query.Statuses.Distinct().Select(s => Add(s.ToString())))})");
        }

        if (query.JuniorFriendlyOnly)
        {
            terms.Add("p.IsJuniorFriendly");
        }

        if (query.Commitment is { } commitment)
        {
            terms.Add($"p.Commitment = {Add(commitment.ToString())}");
        }

        if (languages.Count > 0)
        {
            // Declared tags, or the languages GitHub reports for the linked repository.
            var list = string.Join(", ", languages.Select(Add));
            terms.Add(driver == FeedDriver.Languages
                ? $"p.Id IN (SELECT t.ProjectId FROM ProjectTags AS t WHERE t.Tag IN ({list}) UNION SELECT linked.Id FROM GitHubRepoLanguages AS l " +
                  $"JOIN GitHubRepos AS s ON s.Id = l.SnapshotId JOIN Projects AS linked ON linked.GitHubKey = s.Key WHERE l.Tag IN ({list}))"
                : $"(EXISTS (SELECT 1 FROM ProjectTags AS t WHERE t.ProjectId = p.Id AND t.Tag IN ({list})) OR EXISTS (SELECT 1 FROM GitHubRepos AS s " +
                  $"JOIN GitHubRepoLanguages AS l ON l.SnapshotId = s.Id WHERE s.Key = p.GitHubKey AND l.Tag IN ({list})))");
        }

        // Last, so the cheaper tests above have already turned most projects away.
        if (text is not null)
        {
            terms.Add(driver == FeedDriver.Text
                ? $"p.Id IN (SELECT rowid FROM ProjectSearch WHERE ProjectSearch MATCH {Add(text.PrefixMatch)})"
                : text.ExpandedMatch is { } expanded
                    ? $"EXISTS (SELECT 1 FROM ProjectSearch WHERE ProjectSearch MATCH {Add(expanded)} AND rowid = p.Id)"
                    : $"+p.Id IN (SELECT rowid FROM ProjectSearch WHERE ProjectSearch MATCH {Add(text.PrefixMatch)})");
        }

        var from = driver == FeedDriver.SortIndex ? $"FROM Projects AS p INDEXED BY {sortIndex}" : "FROM Projects AS p NOT INDEXED";
        return terms.Count == 0 ? from : $"{from} WHERE {string.Join(" AND ", terms)}";
    }

    /// <summary>The sort's covering index and its ORDER BY (the index's order exactly, so nothing is sorted).</summary>
    public static (string Index, string OrderBy) Sort(ProjectSort sort) => sort switch
    {
        ProjectSort.Updated => ("IX_Projects_Feed_Updated", "p.UpdatedAtUtc DESC, p.Id DESC"),
        ProjectSort.Stars => ("IX_Projects_Feed_Stars", "p.GitHubStars DESC, p.CreatedAtUtc DESC, p.Id DESC"),
        _ => ("IX_Projects_Feed_Newest", "p.CreatedAtUtc DESC, p.Id DESC"),
    };
}
