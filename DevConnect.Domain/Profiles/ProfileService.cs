using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Profiles;

public sealed record ProfileSummary(
    string Handle,
    string DisplayName,
    string? Headline,
    string? Location,
    ExperienceLevel Level,
    string? AvatarPath,
    string Initials);

public sealed class ProfileService(IDbContextFactory<DevConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<ProfileSummary?> FindByUserIdAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        return profile is null ? null : ToSummary(profile);
    }

    public async Task<ProfileSummary?> FindByHandleAsync(string handle, CancellationToken ct = default)
    {
        var normalized = Handle.Normalize(handle);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Handle == normalized, ct);
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
    public async Task<IReadOnlyList<ProfileSummary>> ListNewestAsync(int count, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profiles = await db.Profiles.AsNoTracking()
            .Where(p => p.IsListedInDirectory)
            .OrderByDescending(p => p.CreatedAtUtc)
            .ThenByDescending(p => p.Id)
            .Take(Math.Clamp(count, 1, 100))
            .ToListAsync(ct);
        return profiles.Select(ToSummary).ToList();
    }

    public async Task<int> CountListedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Profiles.CountAsync(p => p.IsListedInDirectory, ct);
    }

    internal DeveloperProfile NewProfile(string displayName, string normalizedHandle) =>
        DeveloperProfile.Create(displayName, normalizedHandle, clock.GetUtcNow().UtcDateTime);

    private static ProfileSummary ToSummary(DeveloperProfile p) =>
        new(p.Handle, p.DisplayName, p.Headline, p.Location, p.Level, p.AvatarPath, p.Initials);
}
