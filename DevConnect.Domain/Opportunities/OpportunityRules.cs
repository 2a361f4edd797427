using DevConnect.Domain.Accounts;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Opportunities;

/// <summary>What an admin types in the opportunity's form.</summary>
public sealed record OpportunityDraft
{
    public OpportunityType Type { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public ExperienceLevel Level { get; init; }

    public string? Location { get; init; }

    public bool IsRemote { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];

    public int? SalaryMin { get; init; }

    public int? SalaryMax { get; init; }

    public string? Currency { get; init; }

    public SalaryPeriod SalaryPeriod { get; init; }

    public int? ProjectId { get; init; }
}

/// <summary>A draft that passed <see cref="OpportunityRules.Validate"/>: trimmed, normalised, within limits.</summary>
public sealed record ValidOpportunityDraft(
    OpportunityType Type, string Title, string Description, ExperienceLevel Level, string? Location, bool IsRemote, IReadOnlyList<string> Skills,
    int? SalaryMin, int? SalaryMax, string? Currency, SalaryPeriod? SalaryPeriod, int? ProjectId);

public static class OpportunityRules
{
    public const string FormField = "";
    public const string TypeField = "Type";
    public const string TitleField = "Title";
    public const string DescriptionField = "Description";
    public const string LevelField = "Level";
    public const string LocationField = "Location";
    public const string SkillsField = "Skills";
    public const string SalaryField = "Salary";
    public const string ProjectField = "Project";

    public static (ValidOpportunityDraft? Valid, List<FieldError> Errors) Validate(OpportunityDraft draft)
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(draft.Type))
        {
            errors.Add(new(TypeField, OpportunityErrors.TypeUnknown, "Choose what kind of opportunity this is."));
        }

        var title = (draft.Title ?? "").Trim();
        if (title.Length is < Opportunity.TitleMinLength or > Opportunity.TitleMaxLength)
        {
            errors.Add(new(TitleField, OpportunityErrors.TitleLength, $"A title has {Opportunity.TitleMinLength} to {Opportunity.TitleMaxLength} characters."));
        }

        var description = (draft.Description ?? "").Trim();
        if (description.Length > Opportunity.DescriptionMaxLength)
        {
            errors.Add(new(DescriptionField, OpportunityErrors.DescriptionLength, $"A description has at most {Opportunity.DescriptionMaxLength:N0} characters."));
        }

        if (!Enum.IsDefined(draft.Level))
        {
            errors.Add(new(LevelField, OpportunityErrors.LevelUnknown, "Choose the level this is for."));
        }

        var location = string.IsNullOrWhiteSpace(draft.Location) ? null : draft.Location.Trim();
        if (location is { Length: > Opportunity.LocationMaxLength })
        {
            errors.Add(new(LocationField, OpportunityErrors.LocationLength, $"A place has at most {Opportunity.LocationMaxLength} characters."));
        }
        else if (location is null && !draft.IsRemote)
        {
            errors.Add(new(LocationField, OpportunityErrors.WhereMissing, "Say where the work is, or that it is remote."));
        }

        var typed = draft.Skills.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        var skills = typed.Select(Tags.Normalize).ToList();
        if (skills.Any(s => s is null))
        {
            errors.Add(new(SkillsField, OpportunityErrors.SkillInvalid, "One of the skills is not a name we can use."));
        }
        else if (skills.Select(s => s!.Key).Distinct().Count() > Opportunity.MaxSkills)
        {
            errors.Add(new(SkillsField, OpportunityErrors.TooManySkills, $"List at most {Opportunity.MaxSkills} skills."));
        }

        var (min, max, currency) = (draft.SalaryMin, draft.SalaryMax, (draft.Currency ?? "").Trim().ToUpperInvariant());
        var hasSalary = min is not null || max is not null;
        if (min is < 0 or > Opportunity.SalaryMax || max is < 0 or > Opportunity.SalaryMax || (hasSalary && !Enum.IsDefined(draft.SalaryPeriod)))
        {
            errors.Add(new(SalaryField, OpportunityErrors.SalaryInvalid, $"Give amounts between 0 and {Opportunity.SalaryMax:N0}."));
        }
        else if (min > max)
        {
            errors.Add(new(SalaryField, OpportunityErrors.SalaryOrder, "The lowest amount cannot be above the highest."));
        }
        else if (hasSalary && !Opportunity.Currencies.Contains(currency))
        {
            errors.Add(new(SalaryField, OpportunityErrors.CurrencyMissing, "Choose the currency of the salary."));
        }

        if (draft.ProjectId is <= 0)
        {
            errors.Add(new(ProjectField, OpportunityErrors.ProjectInvalid, "Choose one of your organization's projects, or none."));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidOpportunityDraft(draft.Type, title, description, draft.Level, location, draft.IsRemote, skills.Select(s => s!.Key).Distinct().ToList(),
                min, max, hasSalary ? currency : null, hasSalary ? draft.SalaryPeriod : null, draft.ProjectId), errors);
    }
}
