using DevConnect.Domain.Persistence;

namespace DevConnect.Domain.Profiles;

/// <summary>
/// The people directory's full-text seam (SQLite's FTS5 today): services hold no provider-specific SQL, and
/// another provider brings its own implementation.
/// </summary>
public interface IPeopleSearch
{
    /// <summary>The ids of profiles matching what a visitor typed, as a query to compose; null when nothing searchable was typed.</summary>
    IQueryable<int>? Matching(DevConnectDbContext db, string? text);

    /// <summary>Writes or rewrites a profile's full-text entry, in the caller's transaction. Skills must be loaded.</summary>
    Task IndexAsync(DevConnectDbContext db, DeveloperProfile profile, CancellationToken ct);
}
