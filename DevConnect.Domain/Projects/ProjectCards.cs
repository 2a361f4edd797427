using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Projects;

/// <summary>Turns projects into the cards the feed, the home page and "my projects" show.</summary>
internal static class ProjectCards
{
    private sealed record CardRow(
        int Id, string OwnerId, string Name, string Slug, string Summary, ProjectStatus Status, Commitment Commitment, bool IsJuniorFriendly,
        List<string> Tags, string? CoverKey, DateTime CreatedAtUtc, DateTime UpdatedAtUtc, int? Stars, DateTime? InactiveFromUtc, int? OrganizationId);

    public static async Task<IReadOnlyList<ProjectCardView>> ListAsync(DevConnectDbContext db, IQueryable<Project> projects, DateTime nowUtc, CancellationToken ct)
    {
        // Stars and the inactive date are the project's own columns (ProjectGitHubFacts): no snapshot lookup per card.
        var rows = await projects.Select(p => new CardRow(
            p.Id, p.OwnerId, p.Name, p.Slug, p.Summary, p.Status, p.Commitment, p.IsJuniorFriendly,
            p.Tags.Select(t => t.Tag).ToList(),
            p.Images.OrderBy(i => i.Position).Select(i => i.Key).FirstOrDefault(),
            p.CreatedAtUtc, p.UpdatedAtUtc, p.GitHubStars, p.GitHubInactiveFromUtc, p.OrganizationId))
            .ToListAsync(ct);

        // Owners in a second, keyed query: joined into the one above, EF numbers every profile in the database.
        var ownerIds = rows.Select(r => r.OwnerId).Distinct().ToList();
        var owners = await db.Profiles.AsNoTracking().Where(o => ownerIds.Contains(o.UserId))
            .Select(o => new { o.UserId, Summary = new OwnerSummary(o.DisplayName, o.Handle, o.AvatarPath, o.Headline) })
            .ToDictionaryAsync(o => o.UserId, o => o.Summary, ct);
        // Organizations the same way, and only when a card has one: most pages cost no third query.
        var organizations = await ProjectOrganizationRules.DescribeAsync(db, rows.Select(r => r.OrganizationId).OfType<int>().Distinct().ToList(), ct);

        return rows.Select(row => new ProjectCardView(
            row.Id, row.Name, row.Slug, row.Summary, row.Status, row.Commitment, row.IsJuniorFriendly,
            row.Tags.Select(Tags.FromKey).OrderByDescending(t => t.IsLanguage).ThenBy(t => t.Label, StringComparer.OrdinalIgnoreCase).ToList(),
            row.CoverKey, owners.GetValueOrDefault(row.OwnerId), row.CreatedAtUtc, row.UpdatedAtUtc, row.Stars,
            ProjectGitHubFacts.IsInactive(row.InactiveFromUtc, nowUtc),
            row.OrganizationId is { } organizationId ? organizations.GetValueOrDefault(organizationId) : null)).ToList();
    }

    /// <summary>The cards for <paramref name="ids"/>, in that order.</summary>
    public static async Task<IReadOnlyList<ProjectCardView>> ForIdsAsync(DevConnectDbContext db, IReadOnlyList<int> ids, DateTime nowUtc, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var cards = await ListAsync(db, db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)), nowUtc, ct);
        // First position of each id: a caller's list may name a project twice.
        var position = ids.Select((id, i) => (id, i)).DistinctBy(x => x.id).ToDictionary(x => x.id, x => x.i);
        return cards.OrderBy(c => position[c.Id]).ToList();
    }
}
