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
    private const int SqliteConstraint = 19;
    private const string PostgresUniqueViolation = "23505";

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint,
        DbException other => other.SqlState == PostgresUniqueViolation,
        _ => false,
    };
}
