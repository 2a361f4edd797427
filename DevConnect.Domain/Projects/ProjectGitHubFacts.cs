using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Projects;

/// <summary>
/// What the feed needs from a project's GitHub snapshot — stars, and from when the repository counts as inactive —
/// copied onto the project row. Sorting 100k projects by stars through a lookup per project cost 50+ ms; an indexed
/// column costs nothing. The copy is one SQL statement, the only definition of the rule: it runs when the worker
/// stores a snapshot, when a project is saved (its link may have changed), and once in the migration that added
/// the columns. Several projects may link one repository; they all follow it.
/// </summary>
public static class ProjectGitHubFacts
{
    /// <summary>A repository with no push for this long "may be inactive" (archived ones are at once).</summary>
    public const int InactiveAfterMonths = 12;

    // Only fetched, existing repositories count: a link nobody could fetch yet, or a 404, shows no stars and no flag.
    // Archived: inactive from the moment we learned it. Otherwise a year after the last push, written in EF's text
    // format for dates, so comparing it with a DateTime parameter is a plain string comparison on an index.
    private const string Snapshot = "FROM GitHubRepos AS s WHERE s.Key = Projects.GitHubKey AND s.FetchedAtUtc IS NOT NULL AND NOT s.NotFound";

    private static readonly string Copy =
        "UPDATE Projects SET " +
        "GitHubStars = (SELECT s.Stars " + Snapshot + "), " +
        "GitHubInactiveFromUtc = (SELECT CASE WHEN s.Archived THEN s.FetchedAtUtc WHEN s.PushedAtUtc IS NULL THEN NULL " +
        $"ELSE strftime('%Y-%m-%d %H:%M:%f', s.PushedAtUtc, '+{InactiveAfterMonths} months') END " + Snapshot + ")";

    // The same rule in PostgreSQL's words: quoted names, a real timestamp, and the year added in UTC whatever the
    // session's time zone.
    private const string PostgresSnapshot =
        "FROM \"GitHubRepos\" AS s WHERE s.\"Key\" = \"Projects\".\"GitHubKey\" AND s.\"FetchedAtUtc\" IS NOT NULL AND NOT s.\"NotFound\"";

    private static readonly string PostgresCopy =
        "UPDATE \"Projects\" SET " +
        "\"GitHubStars\" = (SELECT s.\"Stars\" " + PostgresSnapshot + "), " +
        "\"GitHubInactiveFromUtc\" = (SELECT CASE WHEN s.\"Archived\" THEN s.\"FetchedAtUtc\" WHEN s.\"PushedAtUtc\" IS NULL THEN NULL " +
        $"ELSE (s.\"PushedAtUtc\" AT TIME ZONE 'UTC' + interval '{InactiveAfterMonths} months') AT TIME ZONE 'UTC' END " + PostgresSnapshot + ")";

    /// <summary>Every linked project at once: what the migration ran, and what the feed benchmark runs after loading.</summary>
    public static readonly string CopyAllSql = Copy + " WHERE GitHubKey IS NOT NULL;";

    /// <summary><see cref="CopyAllSql"/> on PostgreSQL.</summary>
    public static readonly string PostgresCopyAllSql = PostgresCopy + " WHERE \"GitHubKey\" IS NOT NULL;";

    // Constant text with a {0} placeholder: the id or key always goes in as a parameter.
    private static readonly string CopyForProject = Copy + " WHERE Id = {0}";
    private static readonly string CopyForRepository = Copy + " WHERE GitHubKey = {0}";
    private static readonly string PostgresCopyForProject = PostgresCopy + " WHERE \"Id\" = {0}";
    private static readonly string PostgresCopyForRepository = PostgresCopy + " WHERE \"GitHubKey\" = {0}";

    /// <summary>After a project is saved: its link may be new, changed or gone.</summary>
    internal static Task<int> CopyForProjectAsync(DevConnectDbContext db, int projectId, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? PostgresCopyForProject : CopyForProject, [projectId], ct);

    /// <summary>After a snapshot is stored or refreshed: every project linking that repository.</summary>
    internal static Task<int> CopyForRepositoryAsync(DevConnectDbContext db, string key, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? PostgresCopyForRepository : CopyForRepository, [key], ct);

    /// <summary>After snapshots were written directly (the demo seed).</summary>
    internal static Task<int> CopyForAllAsync(DevConnectDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? PostgresCopyAllSql : CopyAllSql, ct);

    /// <summary>Whether a repository that becomes inactive at <paramref name="inactiveFromUtc"/> is inactive at <paramref name="nowUtc"/>.</summary>
    public static bool IsInactive(DateTime? inactiveFromUtc, DateTime nowUtc) => inactiveFromUtc is { } from && from <= nowUtc;
}
