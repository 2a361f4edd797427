using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Profiles;

/// <summary>The people directory over the FTS5 table <c>ProfileSearch</c>.</summary>
internal sealed class SqlitePeopleSearch : IPeopleSearch
{
    public IQueryable<int>? Matching(DevConnectDbContext db, string? text) =>
        FullTextQuery.Build(text) is { } match
            ? db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ProfileSearch WHERE ProfileSearch MATCH {match}")
            : null;

    public async Task IndexAsync(DevConnectDbContext db, DeveloperProfile profile, CancellationToken ct)
    {
        // Skills are indexed by key and, where it differs, by label, so "csharp" and "C#" both find a member.
        var skills = string.Join(' ', profile.Skills.Select(s => Tags.FromKey(s.Tag)).Select(t => t.Key == t.Label ? t.Key : $"{t.Key} {t.Label}"));
        await db.Database.ExecuteSqlAsync($"DELETE FROM ProfileSearch WHERE rowid = {profile.Id}", ct);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO ProfileSearch (rowid, name, headline, bio, skills) VALUES ({profile.Id}, {profile.DisplayName}, {profile.Headline ?? ""}, {profile.Bio ?? ""}, {skills})", ct);
    }
}
