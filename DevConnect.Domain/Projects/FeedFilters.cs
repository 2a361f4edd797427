using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Projects;

/// <summary>
/// The feed's filters through EF, shared by every provider's <see cref="IProjectSearch"/>: only the text filter is
/// the engine's own (FTS5, tsvector), passed in as <c>textHits</c> (the ids matching what a visitor typed, or null).
/// </summary>
internal static class FeedFilters
{
    public static IQueryable<Project> Apply(
        DevConnectDbContext db, ProjectQuery query, DateTime now, Func<DevConnectDbContext, string?, IQueryable<int>?> textHits)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.IsPublic);
        if (query.HideInactive)
        {
            projects = projects.Where(p => p.GitHubInactiveFromUtc == null || p.GitHubInactiveFromUtc > now);
        }

        if (query.Statuses.Count > 0)
        {
            var statuses = query.Statuses.Distinct().ToList();
            projects = projects.Where(p => statuses.Contains(p.Status));
        }

        if (query.JuniorFriendlyOnly)
        {
            projects = projects.Where(p => p.IsJuniorFriendly);
        }

        if (query.Commitment is { } commitment)
        {
            projects = projects.Where(p => p.Commitment == commitment);
        }

        if (query.Organization is not null)
        {
            // The handle's one id (unique index); an unknown handle matches nothing.
            var handle = Profiles.Handle.Normalize(query.Organization);
            var organization = db.Organizations.Where(o => o.Handle == handle).Select(o => (int?)o.Id);
            projects = projects.Where(p => organization.Contains(p.OrganizationId));
        }

        if (textHits(db, query.Text) is { } hits)
        {
            projects = projects.Where(p => hits.Contains(p.Id));
        }

        return projects;
    }

    /// <summary>Declared tags, or the languages GitHub reports for the linked repository.</summary>
    public static IQueryable<Project> WithLanguages(DevConnectDbContext db, IQueryable<Project> projects, List<string> languages)
    {
        var declared = db.ProjectTags.Where(t => languages.Contains(t.Tag)).Select(t => t.ProjectId);
        var fromGitHub =
            from language in db.GitHubRepoLanguages
            where languages.Contains(language.Tag)
            join snapshot in db.GitHubRepos on language.SnapshotId equals snapshot.Id
            join project in db.Projects on snapshot.Key equals project.GitHubKey
            select project.Id;
        return projects.Where(p => declared.Contains(p.Id) || fromGitHub.Contains(p.Id));
    }

    /// <summary>How many projects match the other filters, and how many of them carry each tag.</summary>
    public static async Task<FilterCounts> CountAsync(
        DevConnectDbContext db, ProjectQuery otherFilters, DateTime now, Func<DevConnectDbContext, string?, IQueryable<int>?> textHits)
    {
        var unfiltered = otherFilters.OtherFiltersKey() == new ProjectQuery().OtherFiltersKey();
        var projects = unfiltered ? db.Projects.Where(p => p.IsPublic) : Apply(db, otherFilters, now, textHits);
        var tags = unfiltered
            ? db.ProjectTags.Where(t => db.Projects.Any(p => p.Id == t.ProjectId && p.IsPublic))
            : db.ProjectTags.Where(t => projects.Select(p => p.Id).Contains(t.ProjectId));
        var total = await projects.CountAsync();
        var rows = await tags.GroupBy(t => t.Tag).Select(g => new { Tag = g.Key, Count = g.Count() }).ToListAsync();
        return new FilterCounts(total, rows.Select(r => (r.Tag, r.Count)).ToList());
    }

    /// <summary>59,605 → 60,000; 3,542 → 3,500: an estimate should not look more precise than it is.</summary>
    public static int RoundForDisplay(int estimate)
    {
        if (estimate < 100)
        {
            return estimate;
        }

        var unit = (int)Math.Pow(10, Math.Floor(Math.Log10(estimate)) - 1);
        return (int)Math.Round(estimate / (double)unit, MidpointRounding.AwayFromZero) * unit;
    }

    /// <summary>The language counts shown beside the filter: languages, plus any chosen tag that is not one.</summary>
    public static List<LanguageCount> LanguageCounts(FilterCounts counts, List<string> languages) =>
        counts.Tags
            .Select(c => new LanguageCount(Tags.FromKey(c.Tag), c.Count))
            .Where(c => c.Tag.IsLanguage || languages.Contains(c.Tag.Key))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Tag.Label, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
