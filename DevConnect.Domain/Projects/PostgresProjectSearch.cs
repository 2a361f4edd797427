using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Projects;

/// <summary>
/// The project feed on PostgreSQL: the same filters, sorts, totals and language counts as <see cref="SqliteProjectSearch"/>,
/// with the text filter over the weighted <c>tsvector</c> documents of <c>ProjectSearch</c> (GIN index). The page is
/// plain LINQ, shaped where the planner's statistics mislead it (measured with tools/FeedBenchmark, docs/PERFORMANCE.md):
/// it guesses about 1,500 matches for any prefix search, so a rare word (20 projects) had it walk half the sort index;
/// and it hashes a whole language's set (60,000 projects) before reading the first 12 entries of the index.
/// </summary>
internal sealed class PostgresProjectSearch(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    LanguageCountCache languageCountCache,
    IOptions<FeedOptions> options,
    TimeProvider clock) : ProjectSearchBase(dbFactory, languageCountCache, clock), IProjectSearch
{
    public async Task<ProjectFeedPage> SearchAsync(ProjectQuery query, CancellationToken ct = default)
    {
        var request = await StartAsync(query);
        var (pageSize, page) = (request.PageSize, request.Page);

        await using var db = await DbFactory.CreateDbContextAsync(ct);
        var matching = await MatchingAsync(db, query, request.Languages, request.Now, request.Counts, pageSize, ct);
        var ids = await Sorted(matching, query.Sort).Skip((page - 1) * pageSize).Take(pageSize).Select(p => p.Id).ToListAsync(ct);
        var items = await ProjectCards.ForIdsAsync(db, ids, request.Now, ct);

        // Exact up to the threshold, estimated above it, exactly as on SQLite.
        var (total, estimated) = await request.TotalAsync(
            options.Value.ExactTotalUpTo, cap => matching.Select(p => p.Id).Take(cap).CountAsync(ct));
        return await ResultAsync(query, request, items, total, estimated, options.Value);
    }

    public async Task<bool> MatchesAsync(ProjectQuery query, int projectId, CancellationToken ct = default)
    {
        await using var db = await DbFactory.CreateDbContextAsync(ct);
        return await Matching(db, query, query.LanguageKeys(), UtcNow).AnyAsync(p => p.Id == projectId, ct);
    }

    public Task IndexAsync(DevConnectDbContext db, Project project, CancellationToken ct)
    {
        // Tags by key and, where it differs, by label, so "csharp" and "C#" both find a project (as on SQLite).
        var tags = string.Join(' ', project.Tags.Select(t => Tags.FromKey(t.Tag)).Select(t => t.Key == t.Label ? t.Key : $"{t.Key} {t.Label}"));
        return db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO "ProjectSearch" ("ProjectId", "Document")
             VALUES ({project.Id}, devconnect_search_document({project.Name}, {tags}, {project.Summary}, {project.Description}))
             ON CONFLICT ("ProjectId") DO UPDATE SET "Document" = excluded."Document"
             """,
            ct);
    }

    // The row also goes with its project (ON DELETE CASCADE); this keeps the seam's contract explicit.
    public Task RemoveAsync(DevConnectDbContext db, int projectId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""DELETE FROM "ProjectSearch" WHERE "ProjectId" = {projectId}""", ct);

    private IQueryable<Project> Matching(DevConnectDbContext db, ProjectQuery query, List<string> languages, DateTime now)
    {
        var filtered = FeedFilters.Apply(db, query with { Languages = [] }, now, TextHits);
        return languages.Count > 0 ? FeedFilters.WithLanguages(db, filtered, languages) : filtered;
    }

    /// <summary>
    /// The page's projects, with each set filter in the form that suits its size: a text search matching few projects
    /// (the cached count says how many) is listed first and the page sorted from those ids; a language set too large to
    /// list is tested per project while walking the sort index.
    /// </summary>
    private async Task<IQueryable<Project>> MatchingAsync(
        DevConnectDbContext db, ProjectQuery query, List<string> languages, DateTime now, FilterCounts counts, int pageSize, CancellationToken ct)
    {
        var listed = options.Value.ListSetsUpTo;
        var filtered = FeedFilters.Apply(db, query with { Languages = [], Text = null }, now, TextHits);
        var textDrives = false;
        if (TextHits(db, query.Text) is { } hits)
        {
            // The count covers the other filters too: the words alone may match more, then they are not listed.
            var ids = counts.Projects <= listed ? await hits.Order().Take(listed + 1).ToListAsync(ct) : null;
            if (ids is not null && ids.Count <= listed)
            {
                textDrives = true;
                // The planner estimates an array parameter's few elements, so it starts from them.
                filtered = filtered.Where(p => ids.Contains(p.Id));
            }
            else
            {
                filtered = filtered.Where(p => hits.Contains(p.Id));
            }
        }

        if (languages.Count == 0)
        {
            return filtered;
        }

        // Probed when the walk finds a page soon (or only a few listed projects are tested); otherwise the set is
        // hashed once, which costs its size but no long walk (a rare language).
        var languageSize = languages.Sum(l => counts.Tags.FirstOrDefault(c => c.Tag == l).Count);
        var walk = languageSize == 0 ? long.MaxValue : (long)pageSize * counts.Projects / languageSize;
        return textDrives || walk <= options.Value.ProbeLanguagesWalkUpTo ? Probed(db, filtered, languages) : FeedFilters.WithLanguages(db, filtered, languages);
    }

    /// <summary>
    /// Declared tags or GitHub's languages, tested per project. The OFFSET (a parameter, so it stays in the SQL) keeps
    /// PostgreSQL from turning each EXISTS into a hashed set of every matching project.
    /// </summary>
    private static IQueryable<Project> Probed(DevConnectDbContext db, IQueryable<Project> projects, List<string> languages)
    {
        var none = 0;
        return projects.Where(p =>
            db.ProjectTags.Where(t => t.ProjectId == p.Id && languages.Contains(t.Tag)).Skip(none).Any()
            || (from language in db.GitHubRepoLanguages
                where languages.Contains(language.Tag)
                join snapshot in db.GitHubRepos on language.SnapshotId equals snapshot.Id
                where snapshot.Key == p.GitHubKey
                select language.SnapshotId).Skip(none).Any());
    }

    /// <summary>The sort's order, Id breaking ties; projects without stars last, as SQLite orders NULLs.</summary>
    private static IOrderedQueryable<Project> Sorted(IQueryable<Project> projects, ProjectSort sort) => sort switch
    {
        ProjectSort.Updated => projects.OrderByDescending(p => p.UpdatedAtUtc).ThenByDescending(p => p.Id),
        ProjectSort.Stars => projects.OrderByDescending(p => p.GitHubStars != null).ThenByDescending(p => p.GitHubStars)
            .ThenByDescending(p => p.CreatedAtUtc).ThenByDescending(p => p.Id),
        _ => projects.OrderByDescending(p => p.CreatedAtUtc).ThenByDescending(p => p.Id),
    };

    protected override IQueryable<int>? TextHits(DevConnectDbContext db, string? text) =>
        PostgresTextSearch.Matching(db, "ProjectSearch", "ProjectId", text);
}
