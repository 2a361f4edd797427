using DevConnect.Domain.Profiles;

namespace DevConnect.Domain.Opportunities;

public enum OpportunityType
{
    Internship = 0,
    JuniorPosition = 1,
    FreelanceMission = 2,
    PaidContribution = 3,
}

/// <summary>What the salary range is counted per: a position by the year, a mission by the day.</summary>
public enum SalaryPeriod
{
    Year = 0,
    Month = 1,
    Day = 2,
}

/// <summary>
/// Work a verified organization offers (<c>/opportunities/{id}</c>). Published, edited, closed and reopened only through
/// <see cref="OpportunityService"/>, which checks that the caller is an admin of a verified organization; every change
/// moves <see cref="Version"/>, so two admins editing at once cannot overwrite each other unseen.
/// </summary>
public sealed class Opportunity
{
    public const int TitleMinLength = 5;
    public const int TitleMaxLength = 120;
    public const int DescriptionMaxLength = 10_000;
    public const int LocationMaxLength = 60;
    public const int MaxSkills = 8;
    public const int SalaryMax = 10_000_000;

    /// <summary>The currencies a salary can be given in.</summary>
    public static readonly IReadOnlyList<string> Currencies = ["EUR", "USD", "GBP", "CAD", "CHF"];

    private readonly List<OpportunitySkill> _skills = [];

    private Opportunity()
    {
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    /// <summary>The admin who published it: the applicants' conversations are with them while they remain an admin.</summary>
    public string PublishedById { get; private set; } = "";

    public OpportunityType Type { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>Markdown, as typed; shown through the sanitizer.</summary>
    public string Description { get; private set; } = "";

    public ExperienceLevel Level { get; private set; }

    public string? Location { get; private set; }

    public bool IsRemote { get; private set; }

    public int? SalaryMin { get; private set; }

    public int? SalaryMaxAmount { get; private set; }

    public string? Currency { get; private set; }

    public SalaryPeriod? SalaryPeriod { get; private set; }

    /// <summary>The DevConnect project a paid contribution is about, if any.</summary>
    public int? ProjectId { get; private set; }

    public bool IsOpen { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyList<OpportunitySkill> Skills => _skills;

    internal static Opportunity Publish(int organizationId, string publisherId, ValidOpportunityDraft draft, DateTime nowUtc)
    {
        var opportunity = new Opportunity { OrganizationId = organizationId, PublishedById = publisherId, CreatedAtUtc = nowUtc, IsOpen = true };
        opportunity.Apply(draft, nowUtc);
        return opportunity;
    }

    internal void Apply(ValidOpportunityDraft draft, DateTime nowUtc)
    {
        Type = draft.Type;
        Title = draft.Title;
        Description = draft.Description;
        Level = draft.Level;
        Location = draft.Location;
        IsRemote = draft.IsRemote;
        SalaryMin = draft.SalaryMin;
        SalaryMaxAmount = draft.SalaryMax;
        Currency = draft.Currency;
        SalaryPeriod = draft.SalaryPeriod;
        ProjectId = draft.ProjectId;
        _skills.RemoveAll(s => !draft.Skills.Contains(s.Tag));
        _skills.AddRange(draft.Skills.Where(t => _skills.All(s => s.Tag != t)).Select(t => new OpportunitySkill(t)));
        Touch(nowUtc);
    }

    /// <summary>False when it already was in that state.</summary>
    internal bool SetOpen(bool open, DateTime nowUtc)
    {
        if (IsOpen == open)
        {
            return false;
        }

        IsOpen = open;
        Touch(nowUtc);
        return true;
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }
}

/// <summary>One skill asked for, as a normalised tag key (the same keys as projects' languages).</summary>
public sealed class OpportunitySkill(string tag)
{
    public int OpportunityId { get; private set; }

    public string Tag { get; private set; } = tag;
}
