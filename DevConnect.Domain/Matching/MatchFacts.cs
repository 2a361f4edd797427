using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Matching;

/// <summary>What matching knows of a member: read once per ranking, scored against every candidate project.</summary>
public sealed record MemberMatchFacts
{
    public string UserId { get; init; } = "";

    public ExperienceLevel Level { get; init; }

    /// <summary>Tag key → how well they know it.</summary>
    public IReadOnlyDictionary<string, SkillLevel> Skills { get; init; } = new Dictionary<string, SkillLevel>();

    /// <summary>Tag keys.</summary>
    public IReadOnlyList<string> WantsToLearn { get; init; } = [];

    public bool LookingForMentor { get; init; }

    public bool OpenToMentoring { get; init; }

    public bool OpenToCollaborate { get; init; } = true;

    public int? HoursPerWeek { get; init; }

    public Commitment? PreferredCommitment { get; init; }

    public string? TimeZone { get; init; }

    /// <summary>Every tag the member cares about (known or to learn): what the candidate set is drawn from.</summary>
    public IEnumerable<string> InterestTags => Skills.Keys.Concat(WantsToLearn).Distinct();
}

public sealed record RoleFact(string Name, bool IsJuniorFriendly);

/// <summary>What matching knows of a project and its owner.</summary>
public sealed record ProjectMatchFacts
{
    public int Id { get; init; }

    public string OwnerId { get; init; } = "";

    public ProjectStatus Status { get; init; }

    public Commitment Commitment { get; init; }

    public bool IsJuniorFriendly { get; init; }

    /// <summary>The tags the owner chose (keys).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>GitHub's language breakdown as tag key → share of the bytes (0 to 1).</summary>
    public IReadOnlyDictionary<string, double> GitHubLanguages { get; init; } = new Dictionary<string, double>();

    public IReadOnlyList<RoleFact> Roles { get; init; } = [];

    public bool OwnerOffersMentoring { get; init; }

    public string? OwnerTimeZone { get; init; }

    public DateTime UpdatedAtUtc { get; init; }

    /// <summary>Archived, or no push for a year (GitHub).</summary>
    public bool MayBeInactive { get; init; }
}

public enum MatchReasonKind
{
    /// <summary>The member knows one of the project's languages (argument: the tag label).</summary>
    Knows = 0,

    /// <summary>The project uses something the member wants to learn (argument: the tag label).</summary>
    WantsToLearn = 1,

    /// <summary>A junior-friendly role (argument: the role name).</summary>
    JuniorFriendlyRole = 2,

    /// <summary>The whole project welcomes juniors.</summary>
    JuniorFriendly = 3,

    /// <summary>The owner offers mentoring and the member is looking for a mentor.</summary>
    MentoringOffered = 4,

    /// <summary>A senior who offers mentoring, on a project that welcomes juniors.</summary>
    CouldMentor = 5,

    /// <summary>The project's commitment is the one the member prefers (argument: ShortTerm or LongTerm).</summary>
    CommitmentFits = 6,

    /// <summary>The owner's time zone is this many hours away (argument: the hours, 0 for the same).</summary>
    HoursApart = 7,

    /// <summary>Updated in the last two weeks.</summary>
    RecentlyActive = 8,

    /// <summary>Looking for people now.</summary>
    Recruiting = 9,

    /// <summary>A role the member's skills fit (argument: the role name).</summary>
    RoleWanted = 10,
}

/// <summary>One reason a project fits, with what it added to the score.</summary>
public sealed record MatchReason(MatchReasonKind Kind, string? Argument, double Weight);

/// <summary>A project's fit for a member: the score ranks, the reasons explain (best first).</summary>
public sealed record MatchScore(double Value, IReadOnlyList<MatchReason> Reasons)
{
    public const int ReasonsShown = 3;

    /// <summary>What the one-line explanation shows: the strongest few reasons.</summary>
    public IReadOnlyList<MatchReason> Shown => Reasons.Take(ReasonsShown).ToList();
}
