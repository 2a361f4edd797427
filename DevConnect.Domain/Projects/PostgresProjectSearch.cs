using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Projects;

/// <summary>
/// The project feed on PostgreSQL: the same filters, sorts, totals and language counts as <see cref="SqliteProjectSearch"/>,
/// with the text filter over the weighted <c>tsvector</c> documents of <c>ProjectSearch</c> (GIN index). The page is
/// plain LINQ: PostgreSQL's planner chooses between walking a sort index and starting from the text or language
/// matches on its own statistics, which SQLite's could not (see <see cref="FeedSql"/>).
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
        var matching = Matching(db, query, request.Languages, request.Now);
        var ids = await Sorted(matching, query.Sort).Skip((page - 1) * pageSize).Take(pageSize).Select(p => p.Id).ToListAsync(ct);
        var items = await ProjectCards.ForIdsAsync(db, ids, request.Now, ct);

        // Exact up to the threshold, estimated above it, exactly as on SQLite.
        var (total, estimated) = await request.TotalAsync(
            options.Value.ExactTotalUpTo, cap => matching.Select(p => p.Id).Take(cap).CountAsync(ct));
        return request.Result(items, total, estimated);
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
