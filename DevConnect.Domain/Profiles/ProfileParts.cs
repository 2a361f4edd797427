using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Profiles;

public enum SkillLevel
{
    Learning = 0,
    Comfortable = 1,
    Expert = 2,
}

public enum LinkKind
{
    GitHub = 0,
    GitLab = 1,
    LinkedIn = 2,
    StackOverflow = 3,
    Website = 4,
    Mastodon = 5,
    X = 6,
    Other = 7,
}

/// <summary>A language or technology the person knows, with how well (same tags as projects).</summary>
public sealed class ProfileSkill
{
    private ProfileSkill()
    {
    }

    internal ProfileSkill(string tag, SkillLevel level, int position)
    {
        Tag = tag;
        Level = level;
        Position = position;
    }

    public int ProfileId { get; private set; }

    public string Tag { get; private set; } = "";

    public SkillLevel Level { get; private set; }

    public int Position { get; private set; }

    internal void Update(SkillLevel level, int position)
    {
        Level = level;
        Position = position;
    }
}

public sealed class Experience
{
    private Experience()
    {
    }

    internal Experience(ExperienceDraft draft, int position)
    {
        Title = draft.Title!.Trim();
        Organisation = draft.Organisation!.Trim();
        Start = draft.Start!.Value;
        End = draft.IsCurrent ? null : draft.End;
        Description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim();
        Position = position;
    }

    public int Id { get; private set; }

    public int ProfileId { get; private set; }

    public string Title { get; private set; } = "";

    public string Organisation { get; private set; } = "";

    /// <summary>First day of the start month.</summary>
    public DateOnly Start { get; private set; }

    /// <summary>First day of the end month; null while current.</summary>
    public DateOnly? End { get; private set; }

    public string? Description { get; private set; }

    public int Position { get; private set; }
}

public sealed class Education
{
    private Education()
    {
    }

    internal Education(EducationDraft draft, int position)
    {
        School = draft.School!.Trim();
        Degree = string.IsNullOrWhiteSpace(draft.Degree) ? null : draft.Degree.Trim();
        Field = string.IsNullOrWhiteSpace(draft.Field) ? null : draft.Field.Trim();
        Start = draft.Start;
        End = draft.End;
        Position = position;
    }

    public int Id { get; private set; }

    public int ProfileId { get; private set; }

    public string School { get; private set; } = "";

    public string? Degree { get; private set; }

    public string? Field { get; private set; }

    public DateOnly? Start { get; private set; }

    public DateOnly? End { get; private set; }

    public int Position { get; private set; }
}

public sealed class ProfessionalLink
{
    private ProfessionalLink()
    {
    }

    internal ProfessionalLink(LinkKind kind, string url, int position)
    {
        Kind = kind;
        Url = url;
        Position = position;
    }

    public int Id { get; private set; }

    public int ProfileId { get; private set; }

    public LinkKind Kind { get; private set; }

    public string Url { get; private set; } = "";

    public int Position { get; private set; }
}

public sealed record SkillDraft(string Tag, SkillLevel Level);

public sealed record ExperienceDraft
{
    public string? Title { get; init; }

    public string? Organisation { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    public bool IsCurrent { get; init; }

    public string? Description { get; init; }
}

public sealed record EducationDraft
{
    public string? School { get; init; }

    public string? Degree { get; init; }

    public string? Field { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }
}

public sealed record LinkDraft(LinkKind Kind, string? Url);

/// <summary>Everything a member can edit about their profile: the shared facts plus what only its owner sees.</summary>
public sealed record ProfileDraft : ProfileFacts
{
    public string? DisplayName { get; set; }

    public string? Handle { get; set; }

    public bool IsListedInDirectory { get; set; } = true;

    public IReadOnlyList<SkillDraft> Skills { get; set; } = [];

    public IReadOnlyList<ExperienceDraft> Experiences { get; set; } = [];

    public IReadOnlyList<EducationDraft> Education { get; set; } = [];

    public IReadOnlyList<LinkDraft> Links { get; set; } = [];
}
