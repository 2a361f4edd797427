using DevConnect.Domain.Accounts;
using DevConnect.Domain.Live;
using DevConnect.Domain.Media;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Profiles;

public sealed record ProfileSummary(
    string Handle,
    string DisplayName,
    string? Headline,
    string? Location,
    ExperienceLevel Level,
    string? AvatarPath,
    string Initials,
    IReadOnlyList<Tag> Skills,
    bool OpenToCollaborate = false,
    bool OpenToMentoring = false,
    bool LookingForMentor = false);

/// <summary>
/// Reading and editing developer profiles, and the people directory. Only the profile's own user may change
/// it, whatever the caller shows.
/// </summary>
public sealed class ProfileService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    ILiveEvents live,
    GitHub.GitHubRefreshQueue gitHub,
    IPeopleSearch search,
    TimeProvider clock,
    ILogger<ProfileService> logger)
{
    public const string ConflictCode = "ProfileEditConflict";

    public async Task<ProfileSummary?> FindByUserIdAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await WithSkills(db).SingleOrDefaultAsync(p => p.UserId == userId, ct);
        return profile is null ? null : ToSummary(profile);
    }

    public async Task<ProfileSummary?> FindByHandleAsync(string handle, CancellationToken ct = default)
    {
        var normalized = Handle.Normalize(handle);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await WithSkills(db).SingleOrDefaultAsync(p => p.Handle == normalized, ct);
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
        return await db.Profiles.CountAsync(p => p.IsListedInDirectory, ct);
    }

    public async Task<PeoplePage> SearchAsync(PeopleQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var profiles = WithSkills(db).Where(p => p.IsListedInDirectory);
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
        var profile = await Full(db).SingleOrDefaultAsync(p => p.Handle == normalized, ct);
        return profile is null ? null : ToView(profile);
    }

    /// <summary>The editor's starting values for the signed-in user's own profile.</summary>
    public async Task<(ProfileDraft Draft, Guid Version, PublicProfileView Current)?> GetDraftAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await Full(db).SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is null)
        {
            return null;
        }

        var draft = new ProfileDraft
        {
            DisplayName = profile.DisplayName,
            Handle = profile.Handle,
            Headline = profile.Headline,
            Location = profile.Location,
            TimeZone = profile.TimeZone,
            Bio = profile.Bio,
            Level = profile.Level,
            AvatarPath = profile.AvatarPath,
            IsListedInDirectory = profile.IsListedInDirectory,
            OpenToCollaborate = profile.OpenToCollaborate,
            HoursPerWeek = profile.HoursPerWeek,
            PreferredCommitment = profile.PreferredCommitment,
            OpenToMentoring = profile.OpenToMentoring,
            LookingForMentor = profile.LookingForMentor,
            Skills = profile.Skills.OrderBy(s => s.Position).Select(s => new SkillDraft(Tags.FromKey(s.Tag).Label, s.Level)).ToList(),
            Experiences = profile.Experiences.OrderBy(e => e.Position).Select(e => new ExperienceDraft
            {
                Title = e.Title, Organisation = e.Organisation, Start = e.Start, End = e.End, IsCurrent = e.End is null, Description = e.Description,
            }).ToList(),
            Education = profile.Education.OrderBy(e => e.Position).Select(e => new EducationDraft
            {
                School = e.School, Degree = e.Degree, Field = e.Field, Start = e.Start, End = e.End,
            }).ToList(),
            Links = profile.Links.OrderBy(l => l.Position).Select(l => new LinkDraft(l.Kind, l.Url)).ToList(),
        };
        return (draft, profile.Version, ToView(profile));
    }

    public async Task<ProfileSaveResult> UpdateAsync(string actingUserId, string handle, Guid expectedVersion, ProfileDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var normalized = Handle.Normalize(handle);
        var profile = await Full(db, tracking: true).SingleOrDefaultAsync(p => p.Handle == normalized, ct);
        if (profile is null)
        {
            return Refused(new("", ProfileRules.NotFound, "This profile does not exist."));
        }

        if (profile.UserId != actingUserId)
        {
            return Refused(new("", ProfileRules.NotYours, "You can only edit your own profile."));
        }

        if (profile.Version != expectedVersion)
        {
            return Refused(Conflict());
        }

        var errors = ProfileRules.Validate(draft, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var newHandle = Handle.Normalize(draft.Handle);
        if (!errors.Any(e => e.Field == "Handle") && newHandle != profile.Handle && await db.Profiles.AnyAsync(p => p.Handle == newHandle, ct))
        {
            errors.Add(new("Handle", ProfileErrors.HandleTaken, "This handle is taken. Try another one."));
        }

        if (draft.AvatarPath is { } avatar && avatar != profile.AvatarPath && avatar.StartsWith("media/", StringComparison.Ordinal)
            && !await db.UploadedImages.AnyAsync(u => u.Hash == avatar.Substring(6) && u.UploadedById == actingUserId, ct))
        {
            errors.Add(new("Avatar", ProfileRules.AvatarInvalid, "Upload the picture again."));
        }

        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        profile.Apply(draft, clock.GetUtcNow().UtcDateTime);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await search.IndexAsync(db, profile, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused(Conflict());
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another member took the handle between our check and the save: the unique index decided.
            logger.LogInformation(ex, "Profile save lost a handle race");
            return Refused(new("Handle", ProfileErrors.HandleTaken, "This handle is taken. Try another one."));
        }

        logger.LogInformation("User {UserId} updated their profile", actingUserId);
        if (GitHubLogin(profile.Links.Select(l => new LinkView(l.Kind, l.Url))) is { } login)
        {
            // Fetched in the background; a failure there never undoes the save.
            try
            {
                await gitHub.RequestUserRefreshAsync(login, ct);
            }
            catch (DbUpdateException ex)
            {
                logger.LogWarning(ex, "Could not queue a GitHub refresh for {Login}", login);
            }
        }

        var updated = new ProfileUpdated(profile.UserId, profile.Handle);
        await live.PublishAsync(LiveKeys.Profile(profile.UserId), updated);
        await live.PublishAsync(LiveKeys.People, updated);
        return new(profile.Handle, []);
    }

    /// <summary>Puts a profile into the people search index (after registration or a bulk load).</summary>
    public async Task IndexAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await WithSkills(db).SingleAsync(p => p.UserId == userId, ct);
        await search.IndexAsync(db, profile, ct);
    }

    /// <summary>The GitHub login behind a profile's GitHub link, if it has one.</summary>
    public static string? GitHubLogin(IEnumerable<LinkView> links) =>
        links.FirstOrDefault(l => l.Kind == LinkKind.GitHub) is { } link ? new Uri(link.Url).AbsolutePath.Trim('/') : null;

    internal DeveloperProfile NewProfile(string displayName, string normalizedHandle) =>
        DeveloperProfile.Create(displayName, normalizedHandle, clock.GetUtcNow().UtcDateTime);

    private static IQueryable<DeveloperProfile> WithSkills(DevConnectDbContext db) => db.Profiles.AsNoTracking().Include(p => p.Skills);

    private static IQueryable<DeveloperProfile> Full(DevConnectDbContext db, bool tracking = false) =>
        (tracking ? db.Profiles : db.Profiles.AsNoTracking())
            .Include(p => p.Skills).Include(p => p.Experiences).Include(p => p.Education).Include(p => p.Links).AsSplitQuery();

    private static ProfileSummary ToSummary(DeveloperProfile p) =>
        new(p.Handle, p.DisplayName, p.Headline, p.Location, p.Level, p.AvatarPath, p.Initials,
            p.Skills.OrderBy(s => s.Position).Select(s => Tags.FromKey(s.Tag)).ToList(),
            p.OpenToCollaborate, p.OpenToMentoring, p.LookingForMentor);

    private static PublicProfileView ToView(DeveloperProfile p) => new()
    {
        UserId = p.UserId,
        Handle = p.Handle,
        DisplayName = p.DisplayName,
        Headline = p.Headline,
        Location = p.Location,
        TimeZone = p.TimeZone,
        Bio = p.Bio,
        Level = p.Level,
        AvatarPath = p.AvatarPath,
        OpenToCollaborate = p.OpenToCollaborate,
        HoursPerWeek = p.HoursPerWeek,
        PreferredCommitment = p.PreferredCommitment,
        OpenToMentoring = p.OpenToMentoring,
        LookingForMentor = p.LookingForMentor,
        Skills = p.Skills.OrderBy(s => s.Position).Select(s => new SkillView(Tags.FromKey(s.Tag), s.Level)).ToList(),
        Experiences = p.Experiences.OrderBy(e => e.Position).Select(e => new ExperienceView(e.Title, e.Organisation, e.Start, e.End, e.End is null, e.Description)).ToList(),
        Education = p.Education.OrderBy(e => e.Position).Select(e => new EducationView(e.School, e.Degree, e.Field, e.Start, e.End)).ToList(),
        Links = p.Links.OrderBy(l => l.Position).Select(l => new LinkView(l.Kind, l.Url)).ToList(),
        JoinedUtc = p.CreatedAtUtc,
    };

    private static ProfileSaveResult Refused(FieldError error) => new(null, [error]);

    private static FieldError Conflict() =>
        new("", ConflictCode, "Your profile was saved from another tab after you opened this one. Reload to see it, then edit again.");
}
