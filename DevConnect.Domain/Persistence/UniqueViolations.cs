using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Persistence;

/// <summary>
/// Tells a lost race (a unique index said no) from a database that could not write at all (busy, read-only, disk
/// full). Only the first is a user-facing answer such as "already applied"; the second must reach the caller as a
/// failure, or a locked database would tell people their handle is taken.
/// </summary>
public static class UniqueViolations
{
    // Extended codes: 19 alone is every constraint (a foreign key to a deleted project, NOT NULL, a trigger), which
    // must not read as "already exists".
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;
    private const string PostgresUniqueViolation = "23505";

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        DbException other => other.SqlState == PostgresUniqueViolation,
        _ => false,
    };
}
