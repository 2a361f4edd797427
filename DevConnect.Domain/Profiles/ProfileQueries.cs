using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Profiles;

/// <summary>The two shapes profiles are loaded in: with skills for cards, or whole for the page and the editor.</summary>
internal static class ProfileQueries
{
    public static IQueryable<DeveloperProfile> WithSkills(this DevConnectDbContext db) => db.Profiles.AsNoTracking().Include(p => p.Skills);

    public static IQueryable<DeveloperProfile> Full(this DevConnectDbContext db, bool tracking = false) =>
        (tracking ? db.Profiles : db.Profiles.AsNoTracking())
            .Include(p => p.Skills).Include(p => p.Experiences).Include(p => p.Education).Include(p => p.Links).AsSplitQuery();
}
