using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Projects;

/// <summary>The full-text row of a project (FTS5 table <c>ProjectSearch</c>), written in the transaction that saves it.</summary>
internal static class ProjectSearchIndex
{
    public static async Task WriteAsync(DevConnectDbContext db, Project project, CancellationToken ct)
    {
        // Tags are indexed by key and, where it differs, by label, so "csharp" and "C#" both find a project.
        var tags = string.Join(' ', project.Tags.Select(t => Tags.FromKey(t.Tag)).Select(t => t.Key == t.Label ? t.Key : $"{t.Key} {t.Label}"));
        await db.Database.ExecuteSqlAsync($"DELETE FROM ProjectSearch WHERE rowid = {project.Id}", ct);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO ProjectSearch (rowid, name, summary, description, tags) VALUES ({project.Id}, {project.Name}, {project.Summary}, {project.Description}, {tags})", ct);
    }

    public static Task RemoveAsync(DevConnectDbContext db, int projectId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM ProjectSearch WHERE rowid = {projectId}", ct);
}
