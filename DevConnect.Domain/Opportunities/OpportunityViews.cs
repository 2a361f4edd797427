using DevConnect.Domain.Accounts;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Domain.TeamRecord;

namespace DevConnect.Domain.Opportunities;

/// <summary>The salary range as published: either bound may be missing, never both.</summary>
public sealed record SalaryRange(int? Min, int? Max, string Currency, SalaryPeriod Period);

/// <summary>A card in the list and on the organization's page.</summary>
public sealed record OpportunityCardView(
    int Id, string Title, OpportunityType Type, ExperienceLevel Level, string? Location, bool IsRemote, IReadOnlyList<Tag> Skills, SalaryRange? Salary,
    string OrganizationName, string OrganizationHandle, string? OrganizationLogoPath, bool IsOpen, DateTime CreatedAtUtc)
{
    public string OrganizationInitials => DeveloperProfile.InitialsOf(OrganizationName);
}

/// <summary>An opportunity's page.</summary>
public sealed record OpportunityView(
    OpportunityCardView Card, int OrganizationId, string Description, bool OrganizationVerified, int? ProjectId, string? ProjectName, string? ProjectSlug, Guid Version)
{
    public int Id => Card.Id;

    public OpportunityDraft ToDraft() => new()
    {
        Type = Card.Type,
        Title = Card.Title,
        Description = Description,
        Level = Card.Level,
        Location = Card.Location,
        IsRemote = Card.IsRemote,
        Skills = Card.Skills.Select(s => s.Label).ToList(),
        SalaryMin = Card.Salary?.Min,
        SalaryMax = Card.Salary?.Max,
        Currency = Card.Salary?.Currency,
        SalaryPeriod = Card.Salary?.Period ?? SalaryPeriod.Year,
        ProjectId = ProjectId,
    };
}

/// <summary>The list's filters (<c>/opportunities?type=internship&amp;skill=rust&amp;level=junior&amp;remote=true</c>).</summary>
public sealed record OpportunityQuery
{
    public const int PageSize = 20;

    public OpportunityType? Type { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];

    public ExperienceLevel? Level { get; init; }

    public bool RemoteOnly { get; init; }

    public int Page { get; init; } = 1;

    public bool Equals(OpportunityQuery? other) =>
        other is not null && Type == other.Type && Skills.SequenceEqual(other.Skills) && Level == other.Level && RemoteOnly == other.RemoteOnly && Page == other.Page;

    public override int GetHashCode() => HashCode.Combine(Type, Skills.Count, Level, RemoteOnly, Page);
}

public sealed record OpportunityResults(IReadOnlyList<OpportunityCardView> Items, int Total, int Page)
{
    public int PageCount => Math.Max(1, (Total + OpportunityQuery.PageSize - 1) / OpportunityQuery.PageSize);
}

/// <summary>A skill the list can filter by, with how many open opportunities ask for it.</summary>
public sealed record SkillChoice(Tag Skill, int Count);

/// <summary>An application as the organization's admins see it: the applicant's profile and their team record.</summary>
public sealed record OpportunityApplicationView(
    int Id, int OpportunityId, string OpportunityTitle, string OrganizationName, string OrganizationHandle, ApplicantSummary Applicant,
    IReadOnlyList<TeamRecordEntry> TeamRecord, string Message, ApplicationStatus Status, string? DecisionNote, DateTime CreatedAtUtc,
    DateTime? DecidedAtUtc, int? ConversationId, Guid Version);

/// <summary>One opportunity's applications for its organization's admins; anyone else gets null.</summary>
public sealed record OpportunityApplicationList(OpportunityView Opportunity, IReadOnlyList<OpportunityApplicationView> Items);

public sealed record OpportunityApplicationResult(int? ApplicationId, ApplicationStatus? Status, IReadOnlyList<FieldError> Errors) : DomainResult(Errors);
