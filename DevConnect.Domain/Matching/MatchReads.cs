using DevConnect.Domain.Applications;
using DevConnect.Domain.GitHub;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Safety;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Matching;

/// <summary>
/// The reads behind a ranking. The candidate set is bounded whatever the size of the site: the newest projects for
/// each tag the member cares about (index on tag, project), the newest repositories in those languages on GitHub, and
/// the newest recruiting projects (the feed's index). Only those few hundred are scored.
/// </summary>
internal static class MatchReads
{
    public const int PerTag = 80;
    public const int MaxTags = 12;
    public const int Recent = 100;

    public static async Task<MemberMatchFacts?> MemberAsync(DevConnectDbContext db, string userId, CancellationToken ct)
    {
        var row = await db.Profiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new
            {
                p.Level, p.WantsToLearn, p.LookingForMentor, p.OpenToMentoring, p.OpenToCollaborate, p.HoursPerWeek, p.PreferredCommitment, p.TimeZone,
                Skills = p.Skills.Select(s => new { s.Tag, s.Level }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : new MemberMatchFacts
        {
            UserId = userId,
            Level = row.Level,
            Skills = row.Skills.ToDictionary(s => s.Tag, s => s.Level, StringComparer.Ordinal),
            WantsToLearn = row.WantsToLearn?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [],
            LookingForMentor = row.LookingForMentor,
            OpenToMentoring = row.OpenToMentoring,
            OpenToCollaborate = row.OpenToCollaborate,
            HoursPerWeek = row.HoursPerWeek,
            PreferredCommitment = row.PreferredCommitment,
            TimeZone = row.TimeZone,
        };
    }

    public static async Task<HashSet<int>> CandidateIdsAsync(DevConnectDbContext db, SharedMatchReads shared, MemberMatchFacts member, CancellationToken ct)
    {
        var ids = new HashSet<int>();
        var tags = member.InterestTags.Take(MaxTags).ToList();
        foreach (var tag in tags)
        {
            ids.UnionWith(await shared.TaggedAsync(db, tag, ct));
        }

        if (tags.Count > 0)
        {
            var snapshots = new HashSet<int>();
            foreach (var tag in tags)
            {
                snapshots.UnionWith(await shared.SnapshotsAsync(db, tag, ct));
            }

            var keys = await db.GitHubRepos.Where(r => snapshots.Contains(r.Id)).Select(r => r.Key).ToListAsync(ct);
            ids.UnionWith(await db.Projects.Where(p => keys.Contains(p.GitHubKey!)).OrderByDescending(p => p.Id).Select(p => p.Id).Take(PerTag * 2).ToListAsync(ct));
        }

        ids.UnionWith(await shared.RecentAsync(db, ct));
        return ids;
    }

    /// <summary>Projects the member must not be offered: theirs, joined, applied to, dismissed, or an owner on either side of a block.</summary>
    public static async Task<(HashSet<int> Projects, HashSet<string> Owners)> ExclusionsAsync(DevConnectDbContext db, string userId, CancellationToken ct)
    {
        // Two queries rather than five: each is a UNION ALL of the member's own rows.
        var projects = new HashSet<int>(await db.Applications.Where(a => a.ApplicantId == userId).Select(a => a.ProjectId)
            .Concat(db.TeamMembers.Where(m => m.UserId == userId).Select(m => m.ProjectId))
            .Concat(db.Set<MatchDismissal>().Where(d => d.UserId == userId).Select(d => d.ProjectId))
            .ToListAsync(ct));
        var owners = new HashSet<string>(await db.Set<MemberBlock>().Where(b => b.BlockerId == userId).Select(b => b.BlockedId)
            .Concat(db.Set<MemberBlock>().Where(b => b.BlockedId == userId).Select(b => b.BlockerId))
            .ToListAsync(ct), StringComparer.Ordinal);
        owners.Add(userId);
        return (projects, owners);
    }

    /// <summary>The facts of the public, not completed projects among <paramref name="ids"/>.</summary>
    public static async Task<List<ProjectMatchFacts>> ProjectsAsync(DevConnectDbContext db, IReadOnlyCollection<int> ids, DateTime nowUtc, CancellationToken ct)
    {
        var rows = await db.Projects.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.IsPublic && p.Status != ProjectStatus.Completed)
            .Select(p => new { p.Id, p.OwnerId, p.Status, p.Commitment, p.IsJuniorFriendly, p.UpdatedAtUtc, p.GitHubInactiveFromUtc, p.GitHubKey })
            .ToListAsync(ct);
        var visible = rows.Select(r => r.Id).ToList();
        var tags = (await db.ProjectTags.Where(t => visible.Contains(t.ProjectId)).Select(t => new { t.ProjectId, t.Tag }).ToListAsync(ct))
            .ToLookup(t => t.ProjectId, t => t.Tag);
        var roles = (await db.Set<ProjectRole>().Where(r => visible.Contains(r.ProjectId)).OrderBy(r => r.Position)
            .Select(r => new { r.ProjectId, r.Name, r.IsJuniorFriendly }).ToListAsync(ct))
            .ToLookup(r => r.ProjectId, r => new RoleFact(r.Name, r.IsJuniorFriendly));
        var keys = rows.Where(r => r.GitHubKey is not null).Select(r => r.GitHubKey!).Distinct().ToList();
        var languages = keys.Count == 0 ? [] : (await db.GitHubRepoLanguages
                .Join(db.GitHubRepos.Where(r => keys.Contains(r.Key)), l => l.SnapshotId, r => r.Id, (l, r) => new { r.Key, l.Tag, l.Bytes })
                .ToListAsync(ct))
            .GroupBy(l => l.Key).ToDictionary(g => g.Key, g => Shares(g.Select(l => (l.Tag, l.Bytes))), StringComparer.Ordinal);
        var ownerIds = rows.Select(r => r.OwnerId).Distinct().ToList();
        var owners = await db.Profiles.AsNoTracking().Where(p => ownerIds.Contains(p.UserId))
            .Select(p => new { p.UserId, p.OpenToMentoring, p.TimeZone }).ToDictionaryAsync(p => p.UserId, ct);

        return rows.Select(r => new ProjectMatchFacts
        {
            Id = r.Id,
            OwnerId = r.OwnerId,
            Status = r.Status,
            Commitment = r.Commitment,
            IsJuniorFriendly = r.IsJuniorFriendly,
            Tags = tags[r.Id].ToList(),
            Roles = roles[r.Id].ToList(),
            GitHubLanguages = r.GitHubKey is not null && languages.TryGetValue(r.GitHubKey, out var shares) ? shares : new Dictionary<string, double>(),
            OwnerOffersMentoring = owners.GetValueOrDefault(r.OwnerId)?.OpenToMentoring ?? false,
            OwnerTimeZone = owners.GetValueOrDefault(r.OwnerId)?.TimeZone,
            UpdatedAtUtc = r.UpdatedAtUtc,
            MayBeInactive = ProjectGitHubFacts.IsInactive(r.GitHubInactiveFromUtc, nowUtc),
        }).ToList();
    }

    private static Dictionary<string, double> Shares(IEnumerable<(string Tag, long Bytes)> languages)
    {
        var list = languages.Where(l => l.Tag.Length > 0).ToList();
        double total = list.Sum(l => l.Bytes);
        return total <= 0
            ? new Dictionary<string, double>(StringComparer.Ordinal)
            : list.GroupBy(l => l.Tag).ToDictionary(g => g.Key, g => g.Sum(l => l.Bytes) / total, StringComparer.Ordinal);
    }
}
