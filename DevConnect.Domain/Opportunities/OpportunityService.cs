using DevConnect.Domain.Accounts;
using DevConnect.Domain.Live;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Opportunities;

/// <summary>The opportunity's id when it was saved; the reasons otherwise.</summary>
public sealed record OpportunitySaveResult(int? Id, IReadOnlyList<FieldError> Errors) : DomainResult(Errors);

/// <summary>
/// Publishing, editing, closing and reopening opportunities. Only an admin of a verified organization does any of it,
/// checked here on every call, so the form and a crafted request get the same answer.
/// </summary>
public sealed class OpportunityService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    ILiveEvents live,
    TimeProvider clock,
    ILogger<OpportunityService> logger)
{
    public async Task<OpportunitySaveResult> PublishAsync(string userId, int organizationId, OpportunityDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organization = await OrganizationService.LoadAsync(db, organizationId, ct);
        if (CheckPublisher(organization, userId) is { } refusal)
        {
            return Refused(refusal);
        }

        var (valid, errors) = await ValidateAsync(db, organization!, draft, ct);
        if (valid is null)
        {
            return Refused(errors);
        }

        var opportunity = Opportunity.Publish(organizationId, userId, valid, Now);
        db.Add(opportunity);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("User {UserId} published opportunity {OpportunityId} for organization {OrganizationId}", userId, opportunity.Id, organizationId);
        await live.PublishAsync(OpportunityKeys.Board, new OpportunityPublished(opportunity.Id));
        return Saved(opportunity.Id);
    }

    public async Task<OpportunitySaveResult> UpdateAsync(string userId, int opportunityId, Guid expectedVersion, OpportunityDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (opportunity, refusal) = await LoadForAdminAsync(db, userId, opportunityId, ct);
        if (refusal is not null)
        {
            return Refused(refusal);
        }

        if (opportunity!.Version != expectedVersion)
        {
            return Refused(Conflict());
        }

        var organization = await OrganizationService.LoadAsync(db, opportunity.OrganizationId, ct);
        var (valid, errors) = await ValidateAsync(db, organization!, draft, ct);
        if (valid is null)
        {
            return Refused(errors);
        }

        opportunity.Apply(valid, Now);
        return await SaveAndAnnounceAsync(db, opportunity, ct);
    }

    /// <summary>Closes (no new applications, gone from the list) or reopens an opportunity.</summary>
    public async Task<OpportunitySaveResult> SetOpenAsync(string userId, int opportunityId, bool open, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (opportunity, refusal) = await LoadForAdminAsync(db, userId, opportunityId, ct);
        if (refusal is not null)
        {
            return Refused(refusal);
        }

        return opportunity!.SetOpen(open, Now) ? await SaveAndAnnounceAsync(db, opportunity, ct) : Saved(opportunityId);
    }

    /// <summary>An opportunity's page; null when there is no such opportunity.</summary>
    public async Task<OpportunityView?> GetAsync(int opportunityId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OpportunityReads.ViewAsync(db, opportunityId, ct);
    }

    /// <summary>An organization's opportunities, open ones first; the closed ones only for its admins' page.</summary>
    public async Task<IReadOnlyList<OpportunityCardView>> ListForOrganizationAsync(int organizationId, bool includeClosed, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = db.Set<Opportunity>().Where(o => o.OrganizationId == organizationId && (includeClosed || o.IsOpen));
        return await OpportunityReads.CardsAsync(db, found.OrderByDescending(o => o.IsOpen).ThenByDescending(o => o.CreatedAtUtc), ct);
    }

    public async Task<OpportunityResults> SearchAsync(OpportunityQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OpportunityReads.SearchAsync(db, query, ct);
    }

    public async Task<IReadOnlyList<SkillChoice>> SkillsAsync(int count, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OpportunityReads.SkillsAsync(db, count, ct);
    }

    /// <summary>The projects an opportunity of this organization may link: public ones its members own.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> LinkableProjectsAsync(int organizationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await LinkableProjects(db, organizationId).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).Take(100).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Name)).ToList();
    }

    internal static FieldError? CheckPublisher(Organization? organization, string userId) => organization switch
    {
        null => new(OpportunityRules.FormField, OrganizationErrors.NotFound, "This organization no longer exists."),
        _ when !organization.IsAdmin(userId) => new(OpportunityRules.FormField, OpportunityErrors.NotAdmin, "Only the organization's admins can publish and change its opportunities."),
        _ when !organization.IsVerified => new(OpportunityRules.FormField, OpportunityErrors.NotVerified, "Only verified organizations publish opportunities: verify yours first."),
        _ => null,
    };

    private static IQueryable<Projects.Project> LinkableProjects(DevConnectDbContext db, int organizationId) =>
        db.Projects.Where(p => p.IsPublic && db.Organizations.Any(o => o.Id == organizationId && o.Members.Any(m => m.UserId == p.OwnerId)));

    private static async Task<(ValidOpportunityDraft? Valid, List<FieldError> Errors)> ValidateAsync(
        DevConnectDbContext db, Organization organization, OpportunityDraft draft, CancellationToken ct)
    {
        var (valid, errors) = OpportunityRules.Validate(draft);
        if (valid?.ProjectId is { } projectId && !await LinkableProjects(db, organization.Id).AnyAsync(p => p.Id == projectId, ct))
        {
            errors.Add(new(OpportunityRules.ProjectField, OpportunityErrors.ProjectInvalid, "Choose one of your organization's projects, or none."));
            valid = null;
        }

        return (valid, errors);
    }

    private async Task<(Opportunity? Opportunity, FieldError? Refusal)> LoadForAdminAsync(DevConnectDbContext db, string userId, int opportunityId, CancellationToken ct)
    {
        var opportunity = await db.Set<Opportunity>().Include(o => o.Skills).SingleOrDefaultAsync(o => o.Id == opportunityId, ct);
        if (opportunity is null)
        {
            return (null, new(OpportunityRules.FormField, OpportunityErrors.NotFound, "This opportunity no longer exists."));
        }

        var organization = await OrganizationService.LoadAsync(db, opportunity.OrganizationId, ct);
        return (opportunity, CheckPublisher(organization, userId));
    }

    private async Task<OpportunitySaveResult> SaveAndAnnounceAsync(DevConnectDbContext db, Opportunity opportunity, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused(Conflict());
        }

        logger.LogInformation("Opportunity {OpportunityId} changed (open: {IsOpen})", opportunity.Id, opportunity.IsOpen);
        var changed = new OpportunityChanged(opportunity.Id, opportunity.IsOpen);
        await live.PublishAsync(OpportunityKeys.Board, changed);
        await live.PublishAsync(OpportunityKeys.Opportunity(opportunity.Id), changed);
        return Saved(opportunity.Id);
    }

    private static FieldError Conflict() =>
        new(OpportunityRules.FormField, OpportunityErrors.Conflict, "Someone changed this opportunity after you opened it. Reload, then try again.");

    private static OpportunitySaveResult Refused(FieldError error) => new(null, [error]);

    private static OpportunitySaveResult Refused(List<FieldError> errors) => new(null, errors);

    private static OpportunitySaveResult Saved(int id) => new(id, []);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
