using System.Runtime.CompilerServices;

namespace DevConnect.Domain.Projects;

public sealed record OwnerSummary(string DisplayName, string Handle, string? AvatarPath, string? Headline);

/// <summary>What a card in the feed shows.</summary>
public sealed record ProjectCardView(
    int Id,
    string Name,
    string Slug,
    string Summary,
    ProjectStatus Status,
    Commitment Commitment,
    bool IsJuniorFriendly,
    IReadOnlyList<Tag> Tags,
    string? CoverKey,
    OwnerSummary? Owner,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    int? Stars = null,
    bool MayBeInactive = false,
    ProjectOrganization? Organization = null);

public sealed record ProjectRoleView(string Name, bool IsJuniorFriendly);

/// <summary>Everything the project page shows.</summary>
public sealed record ProjectDetailsView(
    int Id,
    string OwnerId,
    string Name,
    string Slug,
    string Summary,
    string Description,
    string? GitHubUrl,
    string? GitHubFullName,
    string? Website,
    ProjectStatus Status,
    Commitment Commitment,
    bool IsJuniorFriendly,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<ProjectRoleView> Roles,
    IReadOnlyList<string> ImageKeys,
    OwnerSummary? Owner,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    Guid Version,
    Moderation.ContentState? Moderation = null,
    ProjectOrganization? Organization = null)
{
    /// <summary>What the moderators decided; public unless they hid it, hold it or suspended its owner.</summary>
    public Moderation.ContentState State => Moderation ?? DevConnect.Domain.Moderation.ContentState.Public;
}

public sealed record LanguageCount(Tag Tag, int Count);

/// <param name="TotalIsEstimate">
/// True when <paramref name="Total"/> is an estimate, rounded ("about 60,000"): above <see cref="FeedOptions.ExactTotalUpTo"/>
/// matches the feed does not count them one by one.
/// </param>
public sealed record ProjectFeedPage(
    IReadOnlyList<ProjectCardView> Items, int Total, int Page, int PageSize, IReadOnlyList<LanguageCount> Languages, bool TotalIsEstimate = false)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    /// <summary>
    /// When <see cref="Languages"/> (and an estimated total) are the counts from before a change: the recount still
    /// running, after which reading the page again gives the new ones (<see cref="LanguageCountCache"/>).
    /// </summary>
    public Task? Recount { get; init; }

    /// <summary>The organization the feed is filtered by, as its chip names it; null without that filter or for an unknown handle.</summary>
    public ProjectOrganization? Organization { get; init; }
}

/// <summary>What the editor starts from: the project's values and the version a save must match.</summary>
public sealed record ProjectEditStart(ProjectDraft Draft, Guid Version)
{
    /// <summary>The organization it is posted under now, by name (its owner may have left it since).</summary>
    public ProjectOrganization? Organization { get; init; }
}

public sealed record ProjectSaveResult(int? ProjectId, string? Slug, IReadOnlyList<Accounts.FieldError> Errors) : DomainResult(Errors)
{
    /// <summary>Saved, but a moderator reviews it before it is published (a new account's links: <see cref="Moderation.LinkHold"/>).</summary>
    public bool HeldForReview { get; init; }
}

public enum ProjectSort
{
    Newest = 0,
    Updated = 1,
    Stars = 2,
}

/// <summary>The feed's filters, as the URL carries them.</summary>
public sealed record ProjectQuery
{
    public const int DefaultPageSize = 12;
    public const int MaxTextLength = 200;

    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<ProjectStatus> Statuses { get; init; } = [];

    public bool JuniorFriendlyOnly { get; init; }

    public Commitment? Commitment { get; init; }

    public string? Text { get; init; }

    /// <summary>Hide projects whose repository is archived or has had no push for a year.</summary>
    public bool HideInactive { get; init; }

    /// <summary>Only projects posted under the organization with this handle (<c>/projects?org=nordlight</c>), or null.</summary>
    public string? Organization { get; init; }

    public ProjectSort Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The language filter as tag keys ("C#", "csharp" and "c#" are one), without repeats.</summary>
    public List<string> LanguageKeys() =>
        Languages.Select(Tags.Normalize).OfType<Tag>().Select(t => t.Key).Distinct().ToList();

    /// <summary>The filters other than languages, page and sort, as one string: what the language counts depend on.</summary>
    public string OtherFiltersKey() => string.Join('|',
        string.Join(',', Statuses.Distinct().Order()),
        JuniorFriendlyOnly,
        Commitment?.ToString() ?? "",
        HideInactive,
        FullTextQuery.Build(Text) ?? "",
        Organization ?? "");

    /// <summary>Everything that changes a page of results, as one string: viewers with the same key see the same page.</summary>
    /// <remarks>
    /// Built once per query: every open feed asks for it on each live event (a thousand feeds, a thousand joins).
    /// Kept beside the query, not in it: a record's <c>with</c> copies every field, so a key stored inside would follow
    /// the copy to its new filters. Properties are init-only, so a query's key never changes after it is first asked.
    /// </remarks>
    public string PageKey() => PageKeys.GetValue(this, static query => string.Join('|',
        string.Join(',', query.LanguageKeys().Order(StringComparer.Ordinal)), query.OtherFiltersKey(), query.Sort, query.Page, query.PageSize));

    private static readonly ConditionalWeakTable<ProjectQuery, string> PageKeys = new();

    /// <summary>Whether a newly published project belongs in this feed (the text part is checked by the service).</summary>
    public bool MatchesFilters(ProjectPublished published) =>
        (Languages.Count == 0 || published.Tags.Any(Languages.Contains))
        && (Statuses.Count == 0 || Statuses.Contains(published.Status))
        && (!JuniorFriendlyOnly || published.IsJuniorFriendly)
        && (Commitment is null || Commitment == published.Commitment)
        && (Organization is null || string.Equals(Organization, published.Organization?.Handle, StringComparison.OrdinalIgnoreCase));
}
