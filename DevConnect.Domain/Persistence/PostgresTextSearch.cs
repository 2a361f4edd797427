using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Persistence;

/// <summary>
/// Full-text search on PostgreSQL: the SQL functions <c>devconnect_search_document</c> and
/// <c>devconnect_search_prefix</c> (created by the PostgreSQL migrations, which say why they read text as they do)
/// behind the same seams as SQLite's FTS5 tables. What a visitor typed goes through <see cref="FullTextQuery.Terms"/>
/// (letters and digits only) and each word is a parameter; every word must match, as a prefix.
/// </summary>
internal static class PostgresTextSearch
{
    /// <summary>The ids in <paramref name="table"/>'s <paramref name="idColumn"/> whose document matches every word typed; null when nothing searchable was typed.</summary>
    public static IQueryable<int>? Matching(DevConnectDbContext db, string table, string idColumn, string? text)
    {
        var terms = FullTextQuery.Terms(text);
        if (terms.Count == 0)
        {
            return null;
        }

        var query = string.Join(" && ", terms.Select((_, i) => $"devconnect_search_prefix({{{i}}})"));
        // Fixed table and column names from our own code; the words are parameters.
#pragma warning disable EF1002
        return db.Database.SqlQueryRaw<int>($"SELECT \"{idColumn}\" AS \"Value\" FROM \"{table}\" WHERE \"Document\" @@ ({query})", [.. terms]);
#pragma warning restore EF1002
    }
}
