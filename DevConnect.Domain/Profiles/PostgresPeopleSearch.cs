using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Profiles;

/// <summary>The people directory on PostgreSQL: weighted <c>tsvector</c> documents in <c>ProfileSearch</c> (GIN index).</summary>
internal sealed class PostgresPeopleSearch : IPeopleSearch
{
    public IQueryable<int>? Matching(DevConnectDbContext db, string? text) => PostgresTextSearch.Matching(db, "ProfileSearch", "ProfileId", text);

    public Task IndexAsync(DevConnectDbContext db, DeveloperProfile profile, CancellationToken ct)
    {
        // Skills by key and, where it differs, by label, so "csharp" and "C#" both find a member (as on SQLite).
        var skills = string.Join(' ', profile.Skills.Select(s => Tags.FromKey(s.Tag)).Select(t => t.Key == t.Label ? t.Key : $"{t.Key} {t.Label}"));
        return db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO "ProfileSearch" ("ProfileId", "Document")
             VALUES ({profile.Id}, devconnect_search_document({profile.DisplayName}, {skills}, {profile.Headline ?? ""}, {profile.Bio ?? ""}))
             ON CONFLICT ("ProfileId") DO UPDATE SET "Document" = excluded."Document"
             """,
            ct);
    }
}
