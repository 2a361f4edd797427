using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Organizations;

/// <summary>The <c>/companies</c> directory's reads: filtered, counted, one page of cards at a time.</summary>
internal static class OrganizationDirectory
{
    public static async Task<OrganizationDirectoryPage> SearchAsync(DevConnectDbContext db, OrganizationQuery query, CancellationToken ct)
    {
        var found = db.Organizations.AsNoTracking();
        foreach (var tech in query.Tech)
        {
            found = found.Where(o => o.Tags.Any(t => t.Tag == tech));
        }

        if (query.Location is { } location)
        {
            found = found.Where(o => o.Locations.Any(l => l.Key == location));
        }

        if (query.VerifiedOnly)
        {
            found = found.Where(o => o.VerifiedAtUtc != null);
        }

        if (query.WithOpenOpportunities)
        {
            found = found.Where(o => db.Set<Opportunities.Opportunity>().Any(op => op.OrganizationId == o.Id && op.IsOpen));
        }

        var total = await found.CountAsync(ct);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + OrganizationQuery.PageSize - 1) / OrganizationQuery.PageSize));
        // Verified organizations first: they are the ones that can offer work.
        var ordered = found.OrderByDescending(o => o.VerifiedAtUtc != null).ThenBy(o => o.Name).ThenBy(o => o.Id)
            .Skip((page - 1) * OrganizationQuery.PageSize).Take(OrganizationQuery.PageSize);
        return new OrganizationDirectoryPage(await CardsAsync(db, ordered, ct), total, page);
    }

    public static async Task<IReadOnlyList<OrganizationCardView>> CardsAsync(DevConnectDbContext db, IQueryable<Organization> ordered, CancellationToken ct)
    {
        var rows = await ordered.Select(o => new
        {
            o.Id,
            o.Name,
            o.Handle,
            o.LogoPath,
            Verified = o.VerifiedAtUtc != null,
            Tags = o.Tags.Select(t => t.Tag).ToList(),
            Locations = o.Locations.OrderBy(l => l.Position).Select(l => l.Name).ToList(),
            Members = o.Members.Count,
        }).AsSplitQuery().ToListAsync(ct);
        return rows.Select(o => new OrganizationCardView(o.Id, o.Name, o.Handle, o.LogoPath, o.Verified,
            o.Tags.Select(Tags.FromKey).OrderByDescending(t => t.IsLanguage).ToList(), o.Locations, o.Members)).ToList();
    }

    public static async Task<IReadOnlyList<LocationChoice>> LocationsAsync(DevConnectDbContext db, int count, CancellationToken ct)
    {
        var rows = await db.Set<OrganizationLocation>().AsNoTracking().GroupBy(l => l.Key)
            .Select(g => new { Key = g.Key, Name = g.Min(l => l.Name), Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(count).ToListAsync(ct);
        return rows.Select(r => new LocationChoice(r.Key, r.Name!, r.Count)).ToList();
    }
}
