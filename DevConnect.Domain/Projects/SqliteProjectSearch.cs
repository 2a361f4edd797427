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
    TimeProvider clock) : ProjectSearchBase(dbFactory, languageCountCache, clock), IProjectSearch
{
    public async Task<ProjectFeedPage> SearchAsync(ProjectQuery query, CancellationToken ct = default)
    {
        var request = await StartAsync(query);
        var (pageSize, page, languages, now) = (request.PageSize, request.Page, request.Languages, request.Now);

        await using var db = await DbFactory.CreateDbContextAsync(ct);
        var text = await TextFilterAsync(query.Text);
        var plan = await PlanAsync(languages, text, now);
        plan = query.Organization is null ? plan : plan.DrivenByOrganization();

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
        var (total, estimated) = await TotalAsync(db, query, request, text, plan, options.Value.ExactTotalUpTo, ct);

        return await ResultAsync(query, request, items, total, estimated, options.Value);
    }

    /// <summary>Whether a project is in the results of <paramref name="query"/> (used for live feeds with a text search).</summary>
    public async Task<bool> MatchesAsync(ProjectQuery query, int projectId, CancellationToken ct = default)
    {
        await using var db = await DbFactory.CreateDbContextAsync(ct);
        var languages = query.LanguageKeys();
        var filtered = FeedFilters.Apply(db, query with { Languages = [] }, UtcNow, TextHits);
        if (languages.Count > 0)
        {
            filtered = FeedFilters.WithLanguages(db, filtered, languages);
        }

        return await filtered.AnyAsync(p => p.Id == projectId, ct);
    }

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
    /// Exact up to <see cref="FeedOptions.ExactTotalUpTo"/>, estimated above it (<see cref="ProjectSearchBase.FeedRequest.TotalAsync"/>).
    /// The estimate costs nothing: the cached count of projects matching the other filters, and with languages the
    /// sum of their cached counts (<see cref="ProjectSearchBase.FeedRequest.Estimate"/>).
    /// </summary>
    private static Task<(int Total, bool Estimated)> TotalAsync(
        DevConnectDbContext db, ProjectQuery query, FeedRequest request, TextFilter? text, FeedPlan plan, int threshold, CancellationToken ct) =>
        request.TotalAsync(threshold, async capAt =>
        {
            var sql = new FeedSql();
            var fromWhere = sql.FromWhere(query, request.Languages, text, request.Now, plan, FeedSql.Sort(ProjectSort.Newest).Index);
            var cap = sql.Add(capAt);
#pragma warning disable EF1002 // fixed fragments and parameter names only, as above
            return (await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value FROM (SELECT 1 {fromWhere} LIMIT {cap})", sql.Values).ToListAsync(ct)).Single();
#pragma warning restore EF1002
        });

    public Task IndexAsync(DevConnectDbContext db, Project project, CancellationToken ct) => ProjectSearchIndex.WriteAsync(db, project, ct);

    public Task RemoveAsync(DevConnectDbContext db, int projectId, CancellationToken ct) => ProjectSearchIndex.RemoveAsync(db, projectId, ct);

    /// <summary>The projects FTS5 finds for what a visitor typed (every word as a prefix), for counting and single-project checks.</summary>
    protected override IQueryable<int>? TextHits(DevConnectDbContext db, string? text) =>
        FullTextQuery.Build(text) is { } match
            ? db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ProjectSearch WHERE ProjectSearch MATCH {match}")
            : null;
}
