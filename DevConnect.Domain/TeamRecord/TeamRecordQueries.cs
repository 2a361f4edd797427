using DevConnect.Domain.Applications;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.TeamRecord;

/// <summary>The team record's reads, shared by the service (writes, the owner's own view) and the kept copies.</summary>
internal static class TeamRecordQueries
{
    public static async Task<IReadOnlyList<TeamRecordEntry>> RecordAsync(DevConnectDbContext db, string userId, CancellationToken ct)
    {
        var rows = await db.Applications.AsNoTracking()
            .Where(a => a.ApplicantId == userId && a.Status == ApplicationStatus.Accepted)
            .Join(db.Projects.Where(p => p.IsPublic), a => a.ProjectId, p => p.Id, (a, p) => new
            {
                p.Id,
                p.Name,
                p.Slug,
                a.Role,
                Joined = a.DecidedAtUtc ?? a.CreatedAtUtc,
                Still = db.TeamMembers.Any(m => m.ProjectId == p.Id && m.UserId == userId),
                Members = db.TeamMembers.Count(m => m.ProjectId == p.Id),
            })
            .ToListAsync(ct);
        // The owner counts in the team's size; one entry per project even if accepted twice (left, then came back).
        return rows.GroupBy(r => r.Id).Select(g => g.OrderByDescending(r => r.Joined).First())
            .Select(r => new TeamRecordEntry(r.Id, r.Name, r.Slug, r.Role, r.Joined, r.Still, r.Members + 1))
            .OrderByDescending(e => e.JoinedAtUtc).ToList();
    }

    public static async Task<IReadOnlyList<KudosView>> KudosAsync(DevConnectDbContext db, string recipientId, bool includePending, CancellationToken ct)
    {
        var kudos = await db.Set<Kudos>().AsNoTracking()
            .Where(k => k.RecipientId == recipientId && (k.Status == KudosStatus.Accepted || (includePending && k.Status == KudosStatus.Pending)))
            .Join(db.Profiles, k => k.AuthorId, p => p.UserId, (k, p) => new { k, p })
            .Join(db.Projects, x => x.k.ProjectId, project => project.Id, (x, project) => new KudosView(
                x.k.Id, x.p.DisplayName, x.p.Handle, x.p.AvatarPath, project.Id, project.Name, project.Slug, x.k.Text, x.k.Status, x.k.CreatedAtUtc))
            .ToListAsync(ct);
        return kudos.OrderBy(k => k.Status == KudosStatus.Pending ? 0 : 1).ThenByDescending(k => k.CreatedAtUtc).ToList();
    }

    /// <summary>The latest project both were on: one owned it and the other was accepted into it, or both were accepted.</summary>
    public static Task<int?> SharedProjectAsync(DevConnectDbContext db, string a, string b, CancellationToken ct) =>
        OnTeam(db, a).Intersect(OnTeam(db, b)).OrderByDescending(id => id).Select(id => (int?)id).FirstOrDefaultAsync(ct);

    /// <summary>Every project <paramref name="userId"/> owns or was accepted into.</summary>
    public static IQueryable<int> OnTeam(DevConnectDbContext db, string userId) =>
        db.Applications.Where(x => x.Status == ApplicationStatus.Accepted && x.ApplicantId == userId).Select(x => x.ProjectId)
            .Union(db.Projects.Where(p => p.OwnerId == userId).Select(p => p.Id));
}
