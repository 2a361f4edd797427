using DevConnect.Domain.Accounts;
using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Profiles;

/// <summary>What other developers see of a user. Created with the account, so every user has one.</summary>
public sealed partial class DeveloperProfile
{
    public const int DisplayNameMinLength = 2;
    public const int DisplayNameMaxLength = 60;
    public const int HeadlineMaxLength = 120;
    public const int LocationMaxLength = 80;

    private readonly List<ProfileSkill> _skills = [];
    private readonly List<Experience> _experiences = [];
    private readonly List<Education> _education = [];
    private readonly List<ProfessionalLink> _links = [];

    private DeveloperProfile()
    {
    }

    public int Id { get; private set; }

    public string UserId { get; private set; } = "";

    public DevConnectUser? User { get; private set; }

    public string DisplayName { get; private set; } = "";

    public string Handle { get; private set; } = "";

    public string? Headline { get; private set; }

    public string? Location { get; private set; }

    public ExperienceLevel Level { get; private set; }

    /// <summary>A path the app serves (a demo avatar or, later, an upload); null shows initials.</summary>
    public string? AvatarPath { get; private set; }

    public bool IsListedInDirectory { get; private set; } = true;

    public string? TimeZone { get; private set; }

    public string? Bio { get; private set; }

    public bool OpenToCollaborate { get; private set; } = true;

    public int? HoursPerWeek { get; private set; }

    public Commitment? PreferredCommitment { get; private set; }

    public bool OpenToMentoring { get; private set; }

    public bool LookingForMentor { get; private set; }

    /// <summary>Changes on every save, so two tabs editing one profile cannot silently overwrite each other.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<ProfileSkill> Skills => _skills;

    public IReadOnlyList<Experience> Experiences => _experiences;

    public IReadOnlyList<Education> Education => _education;

    public IReadOnlyList<ProfessionalLink> Links => _links;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string Initials => InitialsOf(DisplayName);

    /// <summary>"Ada Okafor" → "AO": shown where a member has no picture.</summary>
    public static string InitialsOf(string displayName) =>
        string.Concat(displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(part => char.ToUpperInvariant(part[0])));

    /// <summary>Validates a display name; returns null when acceptable, otherwise an error code.</summary>
    public static string? ValidateDisplayName(string? displayName)
    {
        var trimmed = displayName?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return ProfileErrors.DisplayNameRequired;
        }

        return trimmed.Length is < DisplayNameMinLength or > DisplayNameMaxLength || trimmed.Any(char.IsControl)
            ? ProfileErrors.DisplayNameLength
            : null;
    }

    /// <summary>Builds a new profile; callers validate first (see <see cref="ProfileService"/>).</summary>
    internal static DeveloperProfile Create(string displayName, string normalizedHandle, DateTime nowUtc) => new()
    {
        DisplayName = displayName.Trim(),
        Handle = normalizedHandle,
        CreatedAtUtc = nowUtc,
        UpdatedAtUtc = nowUtc,
    };

    /// <summary>Replaces everything editable; <paramref name="draft"/> has passed <see cref="ProfileRules"/>.</summary>
    internal void Apply(ProfileDraft draft, DateTime nowUtc)
    {
        DisplayName = draft.DisplayName!.Trim();
        Handle = Profiles.Handle.Normalize(draft.Handle);
        Headline = Clean(draft.Headline);
        Location = Clean(draft.Location);
        TimeZone = Clean(draft.TimeZone);
        Bio = string.IsNullOrWhiteSpace(draft.Bio) ? null : draft.Bio.Trim();
        Level = draft.Level;
        AvatarPath = draft.AvatarPath;
        IsListedInDirectory = draft.IsListedInDirectory;
        OpenToCollaborate = draft.OpenToCollaborate;
        HoursPerWeek = draft.HoursPerWeek;
        PreferredCommitment = draft.PreferredCommitment;
        OpenToMentoring = draft.OpenToMentoring;
        LookingForMentor = draft.LookingForMentor;
        SetWantsToLearn(draft.WantsToLearn);
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();

        var skills = draft.Skills
            .Select(s => (Tag: Projects.Tags.Normalize(s.Tag)!.Key, s.Level))
            .DistinctBy(s => s.Tag)
            .ToList();
        _skills.RemoveAll(existing => skills.All(s => s.Tag != existing.Tag));
        for (var i = 0; i < skills.Count; i++)
        {
            var (tag, level) = skills[i];
            if (_skills.FirstOrDefault(existing => existing.Tag == tag) is { } existing)
            {
                existing.Update(level, i);
            }
            else
            {
                _skills.Add(new ProfileSkill(tag, level, i));
            }
        }

        _experiences.Clear();
        _experiences.AddRange(draft.Experiences.Select((e, i) => new Experience(e, i)));
        _education.Clear();
        _education.AddRange(draft.Education.Select((e, i) => new Education(e, i)));
        _links.Clear();
        _links.AddRange(draft.Links.Select((l, i) => new ProfessionalLink(l.Kind, ProfileRules.NormalizeLink(l)!, i)));
    }

    /// <summary>What <see cref="Apply"/> would store again: the editor starts from this, and the public view is built from it.</summary>
    public ProfileDraft ToDraft() => new()
    {
        DisplayName = DisplayName,
        Handle = Handle,
        Headline = Headline,
        Location = Location,
        TimeZone = TimeZone,
        Bio = Bio,
        Level = Level,
        AvatarPath = AvatarPath,
        IsListedInDirectory = IsListedInDirectory,
        OpenToCollaborate = OpenToCollaborate,
        HoursPerWeek = HoursPerWeek,
        PreferredCommitment = PreferredCommitment,
        OpenToMentoring = OpenToMentoring,
        LookingForMentor = LookingForMentor,
        WantsToLearn = WantsToLearnTags.Select(t => Projects.Tags.FromKey(t).Label).ToList(),
        Skills = _skills.OrderBy(s => s.Position).Select(s => new SkillDraft(Projects.Tags.FromKey(s.Tag).Label, s.Level)).ToList(),
        Experiences = _experiences.OrderBy(e => e.Position).Select(e => new ExperienceDraft
        {
            Title = e.Title, Organisation = e.Organisation, Start = e.Start, End = e.End, IsCurrent = e.End is null, Description = e.Description,
        }).ToList(),
        Education = _education.OrderBy(e => e.Position).Select(e => new EducationDraft
        {
            School = e.School, Degree = e.Degree, Field = e.Field, Start = e.Start, End = e.End,
        }).ToList(),
        Links = _links.OrderBy(l => l.Position).Select(l => new LinkDraft(l.Kind, l.Url)).ToList(),
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
