using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Profiles;

/// <summary>
/// Reading developer profiles: one member, the people directory, and the handle checks registration needs. Changing
/// a profile is <see cref="ProfileEditService"/>'s job.
/// </summary>
public sealed class ProfileService(IDbContextFactory<DevConnectDbContext> dbFactory, IPeopleSearch search, TimeProvider clock)
{
    public async Task<ProfileSummary?> FindByUserIdAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.WithSkills().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        return profile is null ? null : ToSummary(profile);
    }

    public async Task<ProfileSummary?> FindByHandleAsync(string handle, CancellationToken ct = default)
    {
        var normalized = Handle.Normalize(handle);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.WithSkills().SingleOrDefaultAsync(p => p.Handle == normalized, ct);
        return profile is null ? null : ToSummary(profile);
    }

    public async Task<bool> IsHandleTakenAsync(string handle, CancellationToken ct = default)
    {
        var normalized = Handle.Normalize(handle);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Profiles.AnyAsync(p => p.Handle == normalized, ct);
    }

    /// <summary>The suggestion for <paramref name="displayName"/>, with -2, -3… appended until it is free.</summary>
    public async Task<string> SuggestFreeHandleAsync(string displayName, CancellationToken ct = default)
    {
        var stem = Handle.Suggest(displayName);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var taken = await db.Profiles
            .Where(p => p.Handle == stem || p.Handle.StartsWith(stem + "-"))
            .Select(p => p.Handle)
            .ToListAsync(ct);
        if (!taken.Contains(stem))
        {
            return stem;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{stem}-{n}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Members who chose to be listed, newest first.</summary>
    public async Task<IReadOnlyList<ProfileSummary>> ListNewestAsync(int count, CancellationToken ct = default) =>
        (await SearchAsync(new PeopleQuery { PageSize = Math.Clamp(count, 1, 100) }, ct)).Items;

    public async Task<int> CountListedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Profiles.CountAsync(p => p.IsListedInDirectory && p.IsPublic, ct);
    }

    public async Task<PeoplePage> SearchAsync(PeopleQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var profiles = db.WithSkills().Where(p => p.IsListedInDirectory && p.IsPublic);
        var skills = query.Skills.Select(Tags.Normalize).OfType<Tag>().Select(t => t.Key).Distinct().ToList();
        if (skills.Count > 0)
        {
            profiles = profiles.Where(p => p.Skills.Any(s => skills.Contains(s.Tag)));
        }

        if (query.Levels.Count > 0)
        {
            var levels = query.Levels.Distinct().ToList();
            profiles = profiles.Where(p => levels.Contains(p.Level));
        }

        if (query.OpenToCollaborateOnly)
        {
            profiles = profiles.Where(p => p.OpenToCollaborate);
        }

        profiles = query.Mentoring switch
        {
            MentoringFilter.Offers => profiles.Where(p => p.OpenToMentoring),
            MentoringFilter.Seeks => profiles.Where(p => p.LookingForMentor),
            _ => profiles,
        };

        if (search.Matching(db, query.Text) is { } hits)
        {
            profiles = profiles.Where(p => hits.Contains(p.Id));
        }

        var total = await profiles.CountAsync(ct);
        var items = await profiles.OrderByDescending(p => p.CreatedAtUtc).ThenByDescending(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).AsSplitQuery().ToListAsync(ct);
        return new PeoplePage(items.Select(ToSummary).ToList(), total, page, pageSize);
    }

    public async Task<PublicProfileView?> GetPublicAsync(string handle, CancellationToken ct = default)
    {
        var normalized = Handle.Normalize(handle);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.Full().SingleOrDefaultAsync(p => p.Handle == normalized, ct);
        return profile is null ? null : PublicProfileView.Of(profile);
    }

    /// <summary>Puts a profile into the people search index (after registration or a bulk load).</summary>
    public async Task IndexAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.WithSkills().SingleAsync(p => p.UserId == userId, ct);
        await search.IndexAsync(db, profile, ct);
    }

    /// <summary>The GitHub login behind a profile's GitHub link, if it has one.</summary>
    public static string? GitHubLogin(IEnumerable<LinkView> links) =>
        links.FirstOrDefault(l => l.Kind == LinkKind.GitHub) is { } link ? new Uri(link.Url).AbsolutePath.Trim('/') : null;

    internal DeveloperProfile NewProfile(string displayName, string normalizedHandle) =>
        DeveloperProfile.Create(displayName, normalizedHandle, clock.GetUtcNow().UtcDateTime);

    private static ProfileSummary ToSummary(DeveloperProfile p) =>
        new(p.Handle, p.DisplayName, p.Headline, p.Location, p.Level, p.AvatarPath, p.Initials,
            p.Skills.OrderBy(s => s.Position).Select(s => Tags.FromKey(s.Tag)).ToList(),
            p.OpenToCollaborate, p.OpenToMentoring, p.LookingForMentor);
}
