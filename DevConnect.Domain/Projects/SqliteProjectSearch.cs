using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Projects;

/// <summary>
/// The project feed: one page of cards, its total and the counts beside each language, for any combination of
/// filters and sorts, in a few milliseconds at 100k projects (docs/PERFORMANCE.md). The page's ids come from
/// hand-written SQL (<see cref="FeedSql"/>) because the plan is the point: walk the sort's covering index from the
/// top and test each filter per entry, so a filter matching 60% of projects stops after a few dozen entries; start
/// from a text search's or a language's own list only when it is small (<see cref="FeedPlan"/>). Left to itself,
/// SQLite listed every match (60,000 C# projects, 99,000 hits for a common word) and sorted them: 50–150 ms.
/// </summary>
internal sealed class SqliteProjectSearch(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    LanguageCountCache languageCountCache,
    SearchVocabulary vocabulary,
    IOptions<FeedOptions> options,
    TimeProvider clock) : IProjectSearch
{
    public async Task<ProjectFeedPage> SearchAsync(ProjectQuery query, CancellationToken ct = default)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 48);
        var page = Math.Max(1, query.Page);
        var languages = query.LanguageKeys();
        var now = clock.GetUtcNow().UtcDateTime;

        // Counts per language for the other filters, so choosing a language never hides the others' numbers. Shared
        // and cached (LanguageCountCache): a viewer pays for them only after a project changed.
        var counts = await CountsAsync(query with { Languages = [] }, now);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var text = await TextFilterAsync(query.Text);
        var plan = await PlanAsync(languages, text, now);

        var (index, orderBy) = FeedSql.Sort(query.Sort);
        var sql = new FeedSql();
        var fromWhere = sql.FromWhere(query, languages, text, now, plan, index);
        var (limit, offset) = (sql.Add(pageSize), sql.Add((page - 1) * pageSize));
        // Fixed fragments and parameter names only; every value is in sql.Values.
#pragma warning disable EF1002
        var ids = await db.Database.SqlQueryRaw<int>($"SELECT p.Id AS Value {fromWhere} ORDER BY {orderBy} LIMIT {limit} OFFSET {offset}", sql.Values)
            .ToListAsync(ct);
#pragma warning restore EF1002
        var items = await ProjectCards.ForIdsAsync(db, ids, now, ct);
        var (total, estimated) = await TotalAsync(db, query, languages, text, counts, plan, now, ct);

        return new ProjectFeedPage(items, total, page, pageSize, FeedFilters.LanguageCounts(counts, languages), estimated);
    }

    /// <summary>Whether a project is in the results of <paramref name="query"/> (used for live feeds with a text search).</summary>
    public async Task<bool> MatchesAsync(ProjectQuery query, int projectId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var languages = query.LanguageKeys();
        var filtered = FeedFilters.Apply(db, query with { Languages = [] }, clock.GetUtcNow().UtcDateTime, TextHits);
        if (languages.Count > 0)
        {
            filtered = FeedFilters.WithLanguages(db, filtered, languages);
        }

        return await filtered.AnyAsync(p => p.Id == projectId, ct);
    }

    private Task<FilterCounts> CountsAsync(ProjectQuery otherFilters, DateTime now) =>
        languageCountCache.GetAsync(otherFilters.OtherFiltersKey(), () => CountAsync(otherFilters, now));

    private async Task<TextFilter?> TextFilterAsync(string? text)
    {
        if (FullTextQuery.Build(text) is not { } prefixMatch)
        {
            return null;
        }

        var expansions = new List<SearchVocabulary.Expansion>();
        foreach (var word in FullTextQuery.Terms(text))
        {
            if (await vocabulary.ExpandAsync(word) is not { } expansion)
            {
                return new TextFilter(prefixMatch, null, null);
            }

            expansions.Add(expansion);
        }

        // Every word must match: at most as many projects as the rarest word has. A word the index does not know
        // matches nothing, which the prefix query (driving, from zero documents) finds at once.
        var documents = expansions.Min(e => e.Documents);
        var expanded = expansions.Any(e => e.Words.Count == 0)
            ? null
            : string.Join(" AND ", expansions.Select(e => "(" + string.Join(" OR ", e.Words.Select(w => $"\"{w}\"")) + ")"));
        return new TextFilter(prefixMatch, expanded, documents);
    }

    /// <summary>
    /// How the text and language filters take part (<see cref="FeedPlan"/>), from their sizes, known without counting:
    /// the search vocabulary's document counts, and the cached count of each language over all projects.
    /// </summary>
    private async Task<FeedPlan> PlanAsync(List<string> languages, TextFilter? text, DateTime now)
    {
        var languageSize = int.MaxValue;
        if (languages.Count > 0)
        {
            // The languages' whole sets, whatever the other filters: that is what would be listed or fetched.
            var all = await CountsAsync(new ProjectQuery(), now);
            languageSize = languages.Sum(l => all.Tags.FirstOrDefault(c => c.Tag == l).Count);
        }

        return FeedPlan.For(languageSize, text is null ? int.MaxValue : text.Documents ?? int.MaxValue, options.Value);
    }

    /// <summary>
    /// Exact up to <see cref="FeedOptions.ExactTotalUpTo"/>; above it, an estimate rounded to two significant digits
    /// and flagged as such. The estimate costs nothing: the cached count of projects matching the other filters, and
    /// with languages the sum of their cached counts (declared tags: a project with two chosen languages counts
    /// twice, one matched only through GitHub's languages not at all — hence "about"). Only when the estimate is
    /// small are the matches counted, now (cached counts may trail a change by a moment, an exact total may not),
    /// which stops one past the threshold whatever happens.
    /// </summary>
    private async Task<(int Total, bool Estimated)> TotalAsync(
        DevConnectDbContext db, ProjectQuery query, List<string> languages, TextFilter? text, FilterCounts counts, FeedPlan plan, DateTime now, CancellationToken ct)
    {
        var threshold = options.Value.ExactTotalUpTo;
        var estimate = languages.Count == 0
            ? counts.Projects
            : Math.Min(counts.Projects, languages.Sum(l => counts.Tags.FirstOrDefault(c => c.Tag == l).Count));
        if (estimate > threshold)
        {
            return (FeedFilters.RoundForDisplay(estimate), true);
        }

        var sql = new FeedSql();
        var fromWhere = sql.FromWhere(query, languages, text, now, plan, FeedSql.Sort(ProjectSort.Newest).Index);
        var cap = sql.Add(threshold + 1);
#pragma warning disable EF1002 // fixed fragments and parameter names only, as above
        var exact = (await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value FROM (SELECT 1 {fromWhere} LIMIT {cap})", sql.Values).ToListAsync(ct)).Single();
#pragma warning restore EF1002
        return exact > threshold ? (FeedFilters.RoundForDisplay(Math.Max(estimate, exact)), true) : (exact, false);
    }

    public Task IndexAsync(DevConnectDbContext db, Project project, CancellationToken ct) => ProjectSearchIndex.WriteAsync(db, project, ct);

    public Task RemoveAsync(DevConnectDbContext db, int projectId, CancellationToken ct) => ProjectSearchIndex.RemoveAsync(db, projectId, ct);

    private async Task<FilterCounts> CountAsync(ProjectQuery otherFilters, DateTime now)
    {
        // Its own context: the count may be shared by several viewers and outlive the request that started it.
        await using var db = await dbFactory.CreateDbContextAsync();
        return await FeedFilters.CountAsync(db, otherFilters, now, TextHits);
    }

    /// <summary>The projects FTS5 finds for what a visitor typed (every word as a prefix), for counting and single-project checks.</summary>
    private static IQueryable<int>? TextHits(DevConnectDbContext db, string? text) =>
        FullTextQuery.Build(text) is { } match
            ? db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ProjectSearch WHERE ProjectSearch MATCH {match}")
            : null;
}
