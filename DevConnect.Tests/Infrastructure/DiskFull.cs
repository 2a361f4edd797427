using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// Makes inserts into one table fail as a full disk would, on the harness's provider: a SQLite trigger that raises, a
/// PostgreSQL trigger function that raises. (Not with SQLSTATE 53100 disk_full itself: Npgsql counts that as transient, so
/// EF wraps it in an InvalidOperationException, which the app's SaveFailures already treats as a failed write.)
/// <c>condition</c> (optional) decides which rows fail; write names in double quotes (<c>NEW."Kind" = 'x'</c>): both
/// dialects read that the same way.
/// </summary>
public static class DiskFull
{
    public static async Task StartAsync(DomainHarness domain, string table, string? condition = null)
    {
        if (domain.Provider == DatabaseProvider.Postgres)
        {
            await SqlAsync(domain, $"""
                CREATE FUNCTION disk_full_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF {condition ?? "true"} THEN RAISE EXCEPTION 'disk full'; END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER disk_full BEFORE INSERT ON "{table}" FOR EACH ROW EXECUTE FUNCTION disk_full_{table}();
                """);
            return;
        }

        await SqlAsync(domain, $"""
            CREATE TRIGGER disk_full BEFORE INSERT ON "{table}" {(condition is null ? "" : "WHEN " + condition)}
            BEGIN SELECT RAISE(ABORT, 'disk full'); END;
            """);
    }

    public static Task EndAsync(DomainHarness domain, string table) =>
        SqlAsync(domain, domain.Provider == DatabaseProvider.Postgres
            ? $"""DROP TRIGGER disk_full ON "{table}"; DROP FUNCTION disk_full_{table}();"""
            : "DROP TRIGGER disk_full;");

    private static async Task SqlAsync(DomainHarness domain, string sql)
    {
        await using var db = await domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
#pragma warning disable EF1002 // the tests' own fixed SQL
        await db.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
    }
}
