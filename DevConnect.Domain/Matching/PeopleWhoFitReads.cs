using DevConnect.Domain.Applications;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Safety;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Matching;

/// <summary>
/// The members a project could invite, the other way round from <see cref="MatchReads"/>: the newest members with
/// each of the project's languages (index on skill tag, profile) and the newest listed members, bounded, then only
/// those open to collaborate, listed in the directory, public, not on the team or applying, and not on either side
/// of a block with the owner.
/// </summary>
internal static class PeopleWhoFitReads
{
    public const int PerTag = 80;
    public const int Newest = 100;

    public static async Task<List<(MemberMatchFacts Member, ProfileSummaryRow Profile)>> CandidatesAsync(
        DevConnectDbContext db, ProjectMatchFacts project, CancellationToken ct)
    {
        var ids = new HashSet<int>();
        foreach (var tag in MatchScorer.ProjectTagWeights(project).OrderByDescending(t => t.Value).Select(t => t.Key).Take(MatchReads.MaxTags))
        {
            ids.UnionWith(await db.Set<ProfileSkill>().Where(s => s.Tag == tag).OrderByDescending(s => s.ProfileId).Select(s => s.ProfileId).Take(PerTag).ToListAsync(ct));
        }

        ids.UnionWith(await db.Profiles.Where(p => p.IsListedInDirectory).OrderByDescending(p => p.CreatedAtUtc).Select(p => p.Id).Take(Newest).ToListAsync(ct));

        var excluded = new HashSet<string>(await db.TeamMembers.Where(m => m.ProjectId == project.Id).Select(m => m.UserId).ToListAsync(ct), StringComparer.Ordinal);
        excluded.UnionWith(await db.Applications.Where(a => a.ProjectId == project.Id && a.Status == ApplicationStatus.Pending).Select(a => a.ApplicantId).ToListAsync(ct));
        excluded.UnionWith(await db.Set<MemberBlock>().Where(b => b.BlockerId == project.OwnerId).Select(b => b.BlockedId).ToListAsync(ct));
        excluded.UnionWith(await db.Set<MemberBlock>().Where(b => b.BlockedId == project.OwnerId).Select(b => b.BlockerId).ToListAsync(ct));
        excluded.Add(project.OwnerId);

        var rows = await db.Profiles.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.IsListedInDirectory && p.IsPublic && p.OpenToCollaborate)
            .Select(p => new
            {
                p.Id, p.UserId, p.DisplayName, p.Handle, p.AvatarPath, p.Level, p.WantsToLearn, p.LookingForMentor, p.OpenToMentoring,
                p.HoursPerWeek, p.PreferredCommitment, p.TimeZone,
            })
            .ToListAsync(ct);
        rows.RemoveAll(r => excluded.Contains(r.UserId));
        var profileIds = rows.Select(r => r.Id).ToList();
        var skills = (await db.Set<ProfileSkill>().Where(s => profileIds.Contains(s.ProfileId)).Select(s => new { s.ProfileId, s.Tag, s.Level }).ToListAsync(ct))
            .ToLookup(s => s.ProfileId);
        return rows.Select(r => (new MemberMatchFacts
        {
            UserId = r.UserId,
            Level = r.Level,
            Skills = skills[r.Id].ToDictionary(s => s.Tag, s => s.Level, StringComparer.Ordinal),
            WantsToLearn = r.WantsToLearn?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [],
            LookingForMentor = r.LookingForMentor,
            OpenToMentoring = r.OpenToMentoring,
            HoursPerWeek = r.HoursPerWeek,
            PreferredCommitment = r.PreferredCommitment,
            TimeZone = r.TimeZone,
        }, new ProfileSummaryRow(r.UserId, r.DisplayName, r.Handle, r.AvatarPath, r.Level))).ToList();
    }
}

internal sealed record ProfileSummaryRow(string UserId, string DisplayName, string Handle, string? AvatarPath, ExperienceLevel Level);
