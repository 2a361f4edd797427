using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Organizations;

/// <summary>The handle the organization is found at when it was saved; the reasons otherwise.</summary>
public sealed record OrganizationSaveResult(string? Handle, IReadOnlyList<FieldError> Errors) : DomainResult(Errors);

/// <summary>
/// Creating, editing and finding organizations. Every rule is checked here (a confirmed member creates, an admin
/// edits, handles are unique, logos are the editor's own uploads), so the form and a crafted request get one answer.
/// </summary>
public sealed class OrganizationService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    TimeProvider clock,
    ILogger<OrganizationService> logger)
{
    public async Task<OrganizationSaveResult> CreateAsync(string userId, OrganizationDraft draft, CancellationToken ct = default)
    {
        var (valid, errors) = OrganizationRules.Validate(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var confirmed = await db.Users.Where(u => u.Id == userId).Select(u => (bool?)u.EmailConfirmed).SingleOrDefaultAsync(ct);
        if (confirmed != true)
        {
            return Refused(new(OrganizationRules.FormField, OrganizationErrors.EmailNotConfirmed, "Confirm your email address before creating an organization."));
        }

        errors.AddRange(await CheckHandleAndLogoAsync(db, userId, valid, null, ct));
        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        var organization = Organization.Create(userId, valid!, Now);
        db.Organizations.Add(organization);
        if (await SaveAsync(db, ct) is { } refusal)
        {
            return Refused(refusal);
        }

        logger.LogInformation("User {UserId} created organization {OrganizationId}", userId, organization.Id);
        return new(organization.Handle, []);
    }

    public async Task<OrganizationSaveResult> UpdateAsync(string userId, int organizationId, Guid expectedVersion, OrganizationDraft draft, CancellationToken ct = default)
    {
        var (valid, errors) = OrganizationRules.Validate(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organization = await LoadAsync(db, organizationId, ct);
        if (CheckAdmin(organization, userId) is { } refusal)
        {
            return Refused(refusal);
        }

        if (organization!.Version != expectedVersion)
        {
            return Refused(Conflict());
        }

        errors.AddRange(await CheckHandleAndLogoAsync(db, userId, valid, organization, ct));
        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        organization.Apply(valid!, Now);
        if (await SaveAsync(db, ct) is { } failed)
        {
            return Refused(failed);
        }

        logger.LogInformation("User {UserId} updated organization {OrganizationId}", userId, organizationId);
        return new(organization.Handle, []);
    }

    public async Task<OrganizationView?> GetAsync(string handle, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var normalized = Handle.Normalize(handle);
        var organization = await db.Organizations.AsNoTracking().Include(o => o.Tags).Include(o => o.Locations).Include(o => o.Members)
            .AsSplitQuery().SingleOrDefaultAsync(o => o.Handle == normalized, ct);
        if (organization is null)
        {
            return null;
        }

        var memberIds = organization.Members.Select(m => m.UserId).ToList();
        var profiles = await db.Profiles.AsNoTracking().Where(p => memberIds.Contains(p.UserId))
            .Select(p => new { p.UserId, p.DisplayName, p.Handle, p.AvatarPath }).ToDictionaryAsync(p => p.UserId, ct);
        var members = organization.Members.Where(m => profiles.ContainsKey(m.UserId))
            .Select(m => new OrganizationMemberView(m.UserId, profiles[m.UserId].DisplayName, profiles[m.UserId].Handle, profiles[m.UserId].AvatarPath, m.Role))
            .OrderByDescending(m => m.Role).ThenBy(m => m.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new OrganizationView(
            organization.Id, organization.Name, organization.Handle, organization.LogoPath, organization.Description, organization.Website,
            organization.IsVerified, organization.VerifiedDomain, organization.Tags.Select(t => Tags.FromKey(t.Tag)).ToList(),
            organization.Locations.OrderBy(l => l.Position).Select(l => l.Name).ToList(), members, organization.CreatedAtUtc, organization.Version);
    }

    /// <summary>Whether <paramref name="userId"/> is an admin of the organization at <paramref name="handle"/>.</summary>
    public async Task<bool> IsAdminAsync(string handle, string? userId, CancellationToken ct = default)
    {
        if (userId is null)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var normalized = Handle.Normalize(handle);
        return await db.Organizations.AnyAsync(o => o.Handle == normalized && o.Members.Any(m => m.UserId == userId && m.Role == OrganizationRole.Admin), ct);
    }

    /// <summary>The organizations <paramref name="userId"/> belongs to, by name.</summary>
    public async Task<IReadOnlyList<OrganizationCardView>> ListForMemberAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OrganizationDirectory.CardsAsync(db, db.Organizations.Where(o => o.Members.Any(m => m.UserId == userId)).OrderBy(o => o.Name), ct);
    }

    public async Task<OrganizationDirectoryPage> SearchAsync(OrganizationQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OrganizationDirectory.SearchAsync(db, query, ct);
    }

    /// <summary>The places organizations work from, most common first, for the directory's filter.</summary>
    public async Task<IReadOnlyList<LocationChoice>> LocationsAsync(int count, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OrganizationDirectory.LocationsAsync(db, count, ct);
    }

    internal static async Task<Organization?> LoadAsync(DevConnectDbContext db, int organizationId, CancellationToken ct) =>
        await db.Organizations.Include(o => o.Tags).Include(o => o.Locations).Include(o => o.Members)
            .AsSplitQuery().SingleOrDefaultAsync(o => o.Id == organizationId, ct);

    internal static FieldError? CheckAdmin(Organization? organization, string userId, string field = OrganizationRules.FormField) => organization switch
    {
        null => new(field, OrganizationErrors.NotFound, "This organization no longer exists."),
        _ when !organization.IsAdmin(userId) => new(field, OrganizationErrors.NotAdmin, "Only the organization's admins can do this."),
        _ => null,
    };

    internal static FieldError Conflict() =>
        new(OrganizationRules.FormField, OrganizationErrors.Conflict, "Someone changed this organization after you opened it. Reload, then try again.");

    /// <summary>Saves; a lost race on the handle or the version comes back as the refusal it is.</summary>
    internal static async Task<FieldError?> SaveAsync(DevConnectDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            VerifiedOrganizationMembers.Changed();
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return HandleTaken();
        }
    }

    private async Task<IEnumerable<FieldError>> CheckHandleAndLogoAsync(
        DevConnectDbContext db, string userId, ValidOrganizationDraft? valid, Organization? current, CancellationToken ct)
    {
        if (valid is null)
        {
            return [];
        }

        var errors = new List<FieldError>();
        if (valid.Handle != current?.Handle && await db.Organizations.AnyAsync(o => o.Handle == valid.Handle, ct))
        {
            errors.Add(HandleTaken());
        }

        // An uploaded logo must be the editor's own upload; the one already shown may stay.
        if (valid.LogoPath is { } logo && logo != current?.LogoPath && logo.StartsWith("media/", StringComparison.Ordinal)
            && !await db.UploadedImages.AnyAsync(u => u.Hash == logo.Substring(6) && u.UploadedById == userId, ct))
        {
            errors.Add(new(OrganizationRules.LogoField, OrganizationErrors.LogoInvalid, "Upload the logo again."));
        }

        return errors;
    }

    private static FieldError HandleTaken() => new(OrganizationRules.HandleField, ProfileErrors.HandleTaken, "This handle is taken. Try another one.");

    private static OrganizationSaveResult Refused(FieldError error) => new(null, [error]);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
