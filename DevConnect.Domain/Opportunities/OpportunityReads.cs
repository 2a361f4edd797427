using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Opportunities;

/// <summary>The list's and the pages' reads: filtered, counted, one page of cards at a time.</summary>
internal static class OpportunityReads
{
    /// <summary>What the list shows: open opportunities of organizations that are (still) verified.</summary>
    public static IQueryable<Opportunity> Listed(DevConnectDbContext db) =>
        db.Set<Opportunity>().AsNoTracking().Where(o => o.IsOpen && db.Organizations.Any(org => org.Id == o.OrganizationId && org.VerifiedAtUtc != null));

    public static async Task<OpportunityResults> SearchAsync(DevConnectDbContext db, OpportunityQuery query, CancellationToken ct)
    {
        var found = Listed(db);
        if (query.Type is { } type)
        {
            found = found.Where(o => o.Type == type);
        }

        foreach (var skill in query.Skills)
        {
            found = found.Where(o => o.Skills.Any(s => s.Tag == skill));
        }

        if (query.Level is { } level)
        {
            found = found.Where(o => o.Level == level);
        }

        if (query.RemoteOnly)
        {
            found = found.Where(o => o.IsRemote);
        }

        var total = await found.CountAsync(ct);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + OpportunityQuery.PageSize - 1) / OpportunityQuery.PageSize));
        var ordered = found.OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id)
            .Skip((page - 1) * OpportunityQuery.PageSize).Take(OpportunityQuery.PageSize);
        return new OpportunityResults(await CardsAsync(db, ordered, ct), total, page);
    }

    public static async Task<IReadOnlyList<OpportunityCardView>> CardsAsync(DevConnectDbContext db, IQueryable<Opportunity> ordered, CancellationToken ct)
    {
        var rows = await ordered.Join(db.Organizations, o => o.OrganizationId, org => org.Id, (o, org) => new
        {
            o.Id, o.Title, o.Type, o.Level, o.Location, o.IsRemote, o.SalaryMin, o.SalaryMaxAmount, o.Currency, o.SalaryPeriod, o.IsOpen, o.CreatedAtUtc,
            Skills = o.Skills.Select(s => s.Tag).ToList(),
            org.Name, org.Handle, org.LogoPath,
        }).AsSplitQuery().ToListAsync(ct);
        return rows.Select(r => new OpportunityCardView(r.Id, r.Title, r.Type, r.Level, r.Location, r.IsRemote,
            r.Skills.Select(Tags.FromKey).OrderByDescending(t => t.IsLanguage).ThenBy(t => t.Label).ToList(),
            r.Currency is { } currency ? new SalaryRange(r.SalaryMin, r.SalaryMaxAmount, currency, r.SalaryPeriod ?? SalaryPeriod.Year) : null,
            r.Name, r.Handle, r.LogoPath, r.IsOpen, r.CreatedAtUtc)).ToList();
    }

    public static async Task<OpportunityView?> ViewAsync(DevConnectDbContext db, int opportunityId, CancellationToken ct)
    {
        var card = (await CardsAsync(db, db.Set<Opportunity>().AsNoTracking().Where(o => o.Id == opportunityId), ct)).SingleOrDefault();
        if (card is null)
        {
            return null;
        }

        var row = await db.Set<Opportunity>().AsNoTracking().Where(o => o.Id == opportunityId).Select(o => new
        {
            o.OrganizationId, o.Description, o.ProjectId, o.Version,
            Verified = db.Organizations.Any(org => org.Id == o.OrganizationId && org.VerifiedAtUtc != null),
            Project = db.Projects.Where(p => p.Id == o.ProjectId && p.IsPublic).Select(p => new { p.Name, p.Slug }).FirstOrDefault(),
        }).SingleAsync(ct);
        return new OpportunityView(card, row.OrganizationId, row.Description, row.Verified, row.Project is null ? null : row.ProjectId,
            row.Project?.Name, row.Project?.Slug, row.Version);
    }

    public static async Task<IReadOnlyList<SkillChoice>> SkillsAsync(DevConnectDbContext db, int count, CancellationToken ct)
    {
        var listed = Listed(db).Select(o => o.Id);
        var rows = await db.Set<OpportunitySkill>().AsNoTracking().Where(s => listed.Contains(s.OpportunityId))
            .GroupBy(s => s.Tag).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(count).ToListAsync(ct);
        return rows.Select(r => new SkillChoice(Tags.FromKey(r.Key), r.Count)).ToList();
    }
}
