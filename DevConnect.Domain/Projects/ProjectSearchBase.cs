using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Projects;

/// <summary>
/// What every provider's feed search does the same way: read the page request, count the other filters' languages
/// through the shared cache, and estimate a total from those counts. Only the text filter and the page's query
/// differ between providers.
/// </summary>
internal abstract class ProjectSearchBase(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    LanguageCountCache languageCountCache,
    TimeProvider clock)
{
    protected IDbContextFactory<DevConnectDbContext> DbFactory => dbFactory;

    protected DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The page asked for, within bounds, and the counts per language for the other filters, so choosing a language
    /// never hides the others' numbers. Shared and cached (<see cref="LanguageCountCache"/>): a viewer pays for them
    /// only after a project changed.
    /// </summary>
    protected async Task<FeedRequest> StartAsync(ProjectQuery query)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 48);
        var page = Math.Max(1, query.Page);
        var languages = query.LanguageKeys();
        var now = UtcNow;
        var counts = await CountsAsync(query with { Languages = [] }, now);
        return new FeedRequest(page, pageSize, languages, now, counts) { Organization = await OrganizationAsync(query.Organization) };
    }

    /// <summary>The organization filter's name and badge, for the chip that shows it (one lookup by its unique handle).</summary>
    private async Task<ProjectOrganization?> OrganizationAsync(string? handle)
    {
        if (handle is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var normalized = Profiles.Handle.Normalize(handle);
        return await db.Organizations.AsNoTracking().Where(o => o.Handle == normalized)
            .Select(o => new ProjectOrganization(o.Id, o.Name, o.Handle, o.VerifiedAtUtc != null)).SingleOrDefaultAsync();
    }

    /// <summary>
    /// The page, with language counts as fresh as a short wait allows (<see cref="FeedOptions.RecountGraceMilliseconds"/>):
    /// a recount that ended meanwhile replaces the counts from before the change, so the page carries no recount to
    /// re-read it for.
    /// </summary>
    protected async Task<ProjectFeedPage> ResultAsync(
        ProjectQuery query, FeedRequest request, IReadOnlyList<ProjectCardView> items, int total, bool estimated, FeedOptions options)
    {
        if (request.Counts.Recount is { IsCompleted: false } recount)
        {
            // A failed or slow recount leaves the numbers from before the change, as without the wait.
            await recount.WaitAsync(TimeSpan.FromMilliseconds(options.RecountGraceMilliseconds), clock)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (request.Counts.Recount is { IsCompletedSuccessfully: true })
        {
            request = request with { Counts = await CountsAsync(query with { Languages = [] }, request.Now) };
        }

        return request.Result(items, total, estimated);
    }

    protected Task<FilterCounts> CountsAsync(ProjectQuery otherFilters, DateTime now) =>
        languageCountCache.GetAsync(otherFilters.OtherFiltersKey(), () => CountAsync(otherFilters, now));

    /// <summary>The projects the provider's full-text engine finds for what a visitor typed, or null with no text.</summary>
    protected abstract IQueryable<int>? TextHits(DevConnectDbContext db, string? text);

    private async Task<FilterCounts> CountAsync(ProjectQuery otherFilters, DateTime now)
    {
        // Its own context: the count may be shared by several viewers and outlive the request that started it.
        await using var db = await dbFactory.CreateDbContextAsync();
        return await FeedFilters.CountAsync(db, otherFilters, now, TextHits);
    }

    protected sealed record FeedRequest(int Page, int PageSize, List<string> Languages, DateTime Now, FilterCounts Counts)
    {
        public ProjectOrganization? Organization { get; init; }

        /// <summary>
        /// The total to show without counting: projects matching the other filters, and with languages the sum of
        /// their cached counts (declared tags: a project with two chosen languages counts twice, one matched only
        /// through GitHub's languages not at all — hence "about").
        /// </summary>
        public int Estimate => Languages.Count == 0
            ? Counts.Projects
            : Math.Min(Counts.Projects, Languages.Sum(l => Counts.Tags.FirstOrDefault(c => c.Tag == l).Count));

        /// <summary>
        /// Exact up to <paramref name="threshold"/>; above it, the estimate rounded to two significant digits and
        /// flagged as such. Only when the estimate is small are the matches counted, now (cached counts may trail a
        /// change by a moment, an exact total may not), by <paramref name="countUpTo"/>, which stops at the cap it is
        /// given: one past the threshold, whatever happens.
        /// </summary>
        public async Task<(int Total, bool Estimated)> TotalAsync(int threshold, Func<int, Task<int>> countUpTo)
        {
            var estimate = Estimate;
            if (estimate > threshold)
            {
                return (FeedFilters.RoundForDisplay(estimate), true);
            }

            var exact = await countUpTo(threshold + 1);
            return exact > threshold ? (FeedFilters.RoundForDisplay(Math.Max(estimate, exact)), true) : (exact, false);
        }

        public ProjectFeedPage Result(IReadOnlyList<ProjectCardView> items, int total, bool estimated) =>
            new(items, total, Page, PageSize, FeedFilters.LanguageCounts(Counts, Languages), estimated) { Recount = Counts.Recount, Organization = Organization };
    }
}
