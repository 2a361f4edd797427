using Microsoft.Data.Sqlite;

namespace DevConnect.Domain.Projects;

/// <summary>How a filter that is a set of projects (a text search, languages) takes part in the query.</summary>
internal enum SetForm
{
    /// <summary>Tested per project while walking the sort index: cheapest when the set is large (most entries match).</summary>
    Probe,

    /// <summary>Listed once, then looked up per entry while walking: cheapest for a few thousand matches.</summary>
    Listed,

    /// <summary>Where the query starts: its projects are fetched and sorted. Cheapest for a few hundred matches.</summary>
    Driver,
}

/// <summary>How each set filter takes part, chosen from the sets' sizes (which are known without counting).</summary>
/// <param name="ByOrganization">
/// The organization filter drives: its projects are few (an organization posts a handful, a big one hundreds), read in
/// the sort's order from their own index, so neither set may drive too.
/// </param>
internal sealed record FeedPlan(SetForm Languages, SetForm Text, bool ByOrganization = false)
{
    public static FeedPlan For(int languageSize, int textSize, FeedOptions options)
    {
        SetForm Form(int size) => size <= options.DriveFromSetsUpTo ? SetForm.Driver : size <= options.ListSetsUpTo ? SetForm.Listed : SetForm.Probe;
        var (languages, text) = (Form(languageSize), Form(textSize));
        // One driver at most: the smaller set; the other is listed (it is small too, or it would not be a driver).
        return languages == SetForm.Driver && text == SetForm.Driver
            ? languageSize < textSize ? new(SetForm.Driver, SetForm.Listed) : new(SetForm.Listed, SetForm.Driver)
            : new(languages, text);
    }

    public bool Walks => Languages != SetForm.Driver && Text != SetForm.Driver;

    public FeedPlan DrivenByOrganization()
    {
        static SetForm NotDriving(SetForm form) => form == SetForm.Driver ? SetForm.Listed : form;
        return new(NotDriving(Languages), NotDriving(Text), ByOrganization: true);
    }
}

/// <summary>
/// The text filter in its two forms: FTS5's prefix query (cheap to list all matches once) and, when every word could
/// be expanded, the same words written out (cheap to test one project against). <see cref="Documents"/>: at most
/// how many projects match, when known.
/// </summary>
internal sealed record TextFilter(string PrefixMatch, string? ExpandedMatch, int? Documents);

/// <summary>
/// The feed's filters as SQL over <c>Projects AS p</c>, in the shape the <see cref="FeedPlan"/> asks for.
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
    /// only reach projects through that set's ids (the other set is written so it cannot drive: EXISTS, or +p.Id).
    /// </summary>
    public string FromWhere(ProjectQuery query, IReadOnlyList<string> languages, TextFilter? text, DateTime now, FeedPlan plan, string sortIndex)
    {
        // Hidden, held and suspended owners' projects are in no feed (Project.IsPublic); the covering indexes carry the flag.
        var terms = new List<string> { "p.IsPublic" };
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

        if (query.Organization is not null)
        {
            // An unknown handle gives NULL, which equals nothing.
            terms.Add($"p.OrganizationId = (SELECT o.Id FROM Organizations AS o WHERE o.Handle = {Add(Profiles.Handle.Normalize(query.Organization))})");
        }

        if (languages.Count > 0)
        {
            // Declared tags, or the languages GitHub reports for the linked repository.
            var list = string.Join(", ", languages.Select(Add));
            var ids = $"(SELECT t.ProjectId FROM ProjectTags AS t WHERE t.Tag IN ({list}) UNION SELECT linked.Id FROM GitHubRepoLanguages AS l " +
                      $"JOIN GitHubRepos AS s ON s.Id = l.SnapshotId JOIN Projects AS linked ON linked.GitHubKey = s.Key WHERE l.Tag IN ({list}))";
            terms.Add(plan.Languages switch
            {
                SetForm.Driver => $"p.Id IN {ids}",
                // The unary + keeps SQLite from starting from this list: it is only looked up.
                SetForm.Listed => $"+p.Id IN {ids}",
                _ => $"(EXISTS (SELECT 1 FROM ProjectTags AS t WHERE t.ProjectId = p.Id AND t.Tag IN ({list})) OR EXISTS (SELECT 1 FROM GitHubRepos AS s " +
                     $"JOIN GitHubRepoLanguages AS l ON l.SnapshotId = s.Id WHERE s.Key = p.GitHubKey AND l.Tag IN ({list})))",
            });
        }

        // Last, so the cheaper tests above have already turned most projects away.
        if (text is not null)
        {
            var hits = $"(SELECT rowid FROM ProjectSearch WHERE ProjectSearch MATCH {Add(text.PrefixMatch)})";
            terms.Add(plan.Text switch
            {
                SetForm.Driver => $"p.Id IN {hits}",
                SetForm.Probe when text.ExpandedMatch is { } expanded => $"EXISTS (SELECT 1 FROM ProjectSearch WHERE ProjectSearch MATCH {Add(expanded)} AND rowid = p.Id)",
                _ => $"+p.Id IN {hits}",
            });
        }

        var from = plan.ByOrganization ? $"FROM Projects AS p INDEXED BY {OrganizationIndex}"
            : plan.Walks ? $"FROM Projects AS p INDEXED BY {sortIndex}" : "FROM Projects AS p NOT INDEXED";
        return $"{from} WHERE {string.Join(" AND ", terms)}";
    }

    /// <summary>An organization's projects, newest first: the org filter's page walks it (other sorts sort its few entries).</summary>
    public const string OrganizationIndex = "IX_Projects_Organization";

    /// <summary>The sort's covering index and its ORDER BY (the index's order exactly, so nothing is sorted).</summary>
    public static (string Index, string OrderBy) Sort(ProjectSort sort) => sort switch
    {
        ProjectSort.Updated => ("IX_Projects_Feed_Updated", "p.UpdatedAtUtc DESC, p.Id DESC"),
        ProjectSort.Stars => ("IX_Projects_Feed_Stars", "p.GitHubStars DESC, p.CreatedAtUtc DESC, p.Id DESC"),
        _ => ("IX_Projects_Feed_Newest", "p.CreatedAtUtc DESC, p.Id DESC"),
    };
}
