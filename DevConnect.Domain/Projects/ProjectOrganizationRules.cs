using DevConnect.Domain.Accounts;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Projects;

/// <summary>The organization a project is posted under, as cards, pages and live events show it.</summary>
public sealed record ProjectOrganization(int Id, string Name, string Handle, bool IsVerified);

/// <summary>
/// Who may post a project under an organization's name ("Post as: me / Nordlight Labs"), checked by
/// <see cref="ProjectService"/> on every save so a crafted request naming someone else's organization is refused.
/// <list type="bullet">
/// <item>Any member may post under the organization, admin or not: members are the people it vouches for (it invited
/// them), and a sponsored project or a mentoring offer is usually started by whoever runs it, not by an admin.</item>
/// <item>Only an admin may take a project away from its organization (back to "me", or to another one): once posted,
/// the project is part of what the organization shows on its page and in the feed, and that is the admins' call.</item>
/// <item>Keeping the same organization needs no membership: when the owner leaves the organization the project stays
/// under its name (its page still lists it, its admins still see it) and the owner can go on editing the rest. Moving
/// it then needs an admin of that organization, like any move.</item>
/// </list>
/// </summary>
internal static class ProjectOrganizationRules
{
    /// <summary>Null when <paramref name="userId"/> may move the project from <paramref name="current"/> to <paramref name="wanted"/>.</summary>
    public static async Task<FieldError?> CheckAsync(DevConnectDbContext db, string userId, int? current, int? wanted, CancellationToken ct)
    {
        if (wanted == current)
        {
            return null;
        }

        if (current is { } from && !await db.Set<OrganizationMember>().AnyAsync(m => m.OrganizationId == from && m.UserId == userId && m.Role == OrganizationRole.Admin, ct))
        {
            return new(ProjectRules.OrganizationField, ProjectErrors.OrganizationMoveNotAdmin,
                "Only an admin of the organization this project is posted under can move it elsewhere.");
        }

        if (wanted is { } to && !await db.Set<OrganizationMember>().AnyAsync(m => m.OrganizationId == to && m.UserId == userId, ct))
        {
            return new(ProjectRules.OrganizationField, ProjectErrors.NotOrganizationMember,
                "You can only post under the name of an organization you belong to.");
        }

        return null;
    }

    /// <summary>The organizations with these ids, for cards and pages (one keyed query).</summary>
    public static async Task<Dictionary<int, ProjectOrganization>> DescribeAsync(DevConnectDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id))
                .Select(o => new ProjectOrganization(o.Id, o.Name, o.Handle, o.VerifiedAtUtc != null))
                .ToDictionaryAsync(o => o.Id, ct);

    /// <summary>
    /// The feed's event for a project that became public. It carries the organization's name, handle and badge, so an
    /// open feed filtered by organization decides without a query of its own (one read per event, not per viewer).
    /// </summary>
    public static async Task<ProjectPublished> PublishedAsync(DevConnectDbContext db, Project project, CancellationToken ct)
    {
        var organization = project.OrganizationId is { } id ? (await DescribeAsync(db, [id], ct)).GetValueOrDefault(id) : null;
        return new ProjectPublished(project.Id, project.Tags.Select(t => t.Tag).ToList(), project.Status, project.IsJuniorFriendly, project.Commitment)
        {
            Organization = organization,
        };
    }
}
