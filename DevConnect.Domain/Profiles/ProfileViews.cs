using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Profiles;

public sealed record SkillView(Tag Tag, SkillLevel Level);

public sealed record ExperienceView(string Title, string Organisation, DateOnly? Start, DateOnly? End, bool IsCurrent, string? Description);

public sealed record EducationView(string School, string? Degree, string? Field, DateOnly? Start, DateOnly? End);

public sealed record LinkView(LinkKind Kind, string Url);

/// <summary>A profile as everyone sees it, and as its owner previews it while editing. Never carries the email.</summary>
public sealed record PublicProfileView : ProfileFacts
{
    private PublicProfileView(ProfileFacts facts)
        : base(facts)
    {
    }

    public string UserId { get; init; } = "";

    public string Handle { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public IReadOnlyList<SkillView> Skills { get; init; } = [];

    public IReadOnlyList<ExperienceView> Experiences { get; init; } = [];

    public IReadOnlyList<EducationView> Education { get; init; } = [];

    public IReadOnlyList<LinkView> Links { get; init; } = [];

    public DateTime JoinedUtc { get; init; }

    /// <summary>What the moderators decided; only its owner and moderators see a profile that is not public.</summary>
    public Moderation.ContentState Moderation { get; init; } = DevConnect.Domain.Moderation.ContentState.Public;

    public string Initials => DeveloperProfile.InitialsOf(DisplayName);

    /// <summary>
    /// The one way a view is made: from a draft, as typed in the editor's preview (validation happens on save) or as
    /// stored (<see cref="Of"/>), so the preview shows exactly what others will see.
    /// </summary>
    public static PublicProfileView FromDraft(ProfileDraft draft, string userId, DateTime joinedUtc) => new(draft)
    {
        UserId = userId,
        Handle = Profiles.Handle.Normalize(draft.Handle),
        DisplayName = string.IsNullOrWhiteSpace(draft.DisplayName) ? "?" : draft.DisplayName.Trim(),
        Skills = draft.Skills.Select(s => Tags.Normalize(s.Tag) is { } tag ? new SkillView(tag, s.Level) : null).OfType<SkillView>().ToList(),
        Experiences = draft.Experiences.Where(e => !string.IsNullOrWhiteSpace(e.Title) || !string.IsNullOrWhiteSpace(e.Organisation))
            .Select(e => new ExperienceView(e.Title ?? "", e.Organisation ?? "", e.Start, e.IsCurrent ? null : e.End, e.IsCurrent, e.Description)).ToList(),
        Education = draft.Education.Where(e => !string.IsNullOrWhiteSpace(e.School))
            .Select(e => new EducationView(e.School!, e.Degree, e.Field, e.Start, e.End)).ToList(),
        Links = draft.Links.Select(l => ProfileRules.NormalizeLink(l) is { } url ? new LinkView(l.Kind, url) : null).OfType<LinkView>().ToList(),
        JoinedUtc = joinedUtc,
    };

    /// <summary>A stored profile as everyone sees it.</summary>
    public static PublicProfileView Of(DeveloperProfile profile) =>
        FromDraft(profile.ToDraft(), profile.UserId, profile.CreatedAtUtc) with { Moderation = profile.Moderation };
}

public sealed record ProfileUpdated(string UserId, string Handle);

/// <summary>The profile's handle after a save (it may have changed), or the reasons it was refused.</summary>
public sealed record ProfileSaveResult(string? Handle, IReadOnlyList<Accounts.FieldError> Errors) : DomainResult(Errors)
{
    /// <summary>Saved, but out of the directory until a moderator reviews it (a new account's links).</summary>
    public bool HeldForReview { get; init; }
}

public enum MentoringFilter
{
    Any = 0,
    Offers = 1,
    Seeks = 2,
}

/// <summary>The people directory's filters, as the URL carries them.</summary>
public sealed record PeopleQuery
{
    public const int DefaultPageSize = 24;

    public IReadOnlyList<string> Skills { get; init; } = [];

    public IReadOnlyList<ExperienceLevel> Levels { get; init; } = [];

    public bool OpenToCollaborateOnly { get; init; }

    public MentoringFilter Mentoring { get; init; }

    public string? Text { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;
}

public sealed record PeoplePage(IReadOnlyList<ProfileSummary> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}
