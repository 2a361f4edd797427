using DevConnect.Domain.Accounts;
using DevConnect.Domain.Media;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Profiles;

/// <summary>A member editing their own profile. Only the profile's own user may change it, whatever the caller shows.</summary>
public sealed class ProfileEditService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    GitHub.GitHubRefreshQueue gitHub,
    IPeopleSearch search,
    Moderation.LinkHold linkHold,
    Matching.KeptRankings rankings,
    KeptPublicProfiles keptProfiles,
    TimeProvider clock,
    ILogger<ProfileEditService> logger)
{
    /// <summary>The editor's starting values for the signed-in user's own profile.</summary>
    public async Task<(ProfileDraft Draft, Guid Version, PublicProfileView Current)?> GetDraftAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.Full().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        return profile is null ? null : (profile.ToDraft(), profile.Version, PublicProfileView.Of(profile));
    }

    public async Task<ProfileSaveResult> UpdateAsync(string actingUserId, string handle, Guid expectedVersion, ProfileDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var normalized = Handle.Normalize(handle);
        var profile = await db.Full(tracking: true).SingleOrDefaultAsync(p => p.Handle == normalized, ct);
        if (profile is null)
        {
            return Refused(new("", ProfileErrors.NotFound, "This profile does not exist."));
        }

        if (profile.UserId != actingUserId)
        {
            return Refused(new("", ProfileErrors.NotYours, "You can only edit your own profile."));
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
            errors.Add(new("Avatar", ProfileErrors.AvatarInvalid, "Upload the picture again."));
        }

        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        profile.Apply(draft, clock.GetUtcNow().UtcDateTime);
        profile.Hold(await linkHold.HoldsAsync(db, actingUserId, ct, profile.Headline, profile.Bio));
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
        await RequestGitHubRefreshAsync(profile, ct);
        rankings.Forget(profile.UserId);
        await keptProfiles.ChangedAsync(profile.UserId, profile.Handle);
        return new(profile.Handle, []) { HeldForReview = profile.HeldForReview };
    }

    // Fetched in the background; a failure there never undoes the save.
    private async Task RequestGitHubRefreshAsync(DeveloperProfile profile, CancellationToken ct)
    {
        if (ProfileService.GitHubLogin(profile.Links.Select(l => new LinkView(l.Kind, l.Url))) is not { } login)
        {
            return;
        }

        try
        {
            await gitHub.RequestUserRefreshAsync(login, ct);
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "Could not queue a GitHub refresh for {Login}", login);
        }
    }

    private static ProfileSaveResult Refused(FieldError error) => new(null, [error]);

    private static FieldError Conflict() =>
        new("", ProfileErrors.Conflict, "Your profile was saved from another tab after you opened this one. Reload to see it, then edit again.");
}
