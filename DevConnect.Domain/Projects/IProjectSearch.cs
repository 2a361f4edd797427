using DevConnect.Domain.Persistence;

namespace DevConnect.Domain.Projects;

/// <summary>
/// The feed's search seam: everything that depends on the database's full-text engine (SQLite's FTS5 today) is
/// behind it, so services hold no provider-specific SQL and another provider brings its own implementation.
/// </summary>
public interface IProjectSearch
{
    /// <summary>One page of the feed: cards, total (exact or estimated) and counts per language.</summary>
    Task<ProjectFeedPage> SearchAsync(ProjectQuery query, CancellationToken ct = default);

    /// <summary>Whether a project is in the results of <paramref name="query"/> (live feeds with a text search).</summary>
    Task<bool> MatchesAsync(ProjectQuery query, int projectId, CancellationToken ct = default);

    /// <summary>Writes or rewrites a project's full-text entry, in the caller's transaction.</summary>
    Task IndexAsync(DevConnectDbContext db, Project project, CancellationToken ct);

    /// <summary>Removes a deleted project's full-text entry, in the caller's transaction.</summary>
    Task RemoveAsync(DevConnectDbContext db, int projectId, CancellationToken ct);
}
