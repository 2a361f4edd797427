using DevConnect.Domain.Opportunities;
using DevConnect.Domain.Profiles;

namespace DevConnect.App.Components.Opportunities;

/// <summary>What the opportunity form binds to; <see cref="ToDraft"/> hands it to the domain, which decides.</summary>
public sealed class OpportunityFormModel
{
    public OpportunityType Type { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public ExperienceLevel Level { get; set; }

    public string? Location { get; set; }

    public bool IsRemote { get; set; }

    /// <summary>Comma-separated, as typed ("Rust, Go").</summary>
    public string? Skills { get; set; }

    public int? SalaryMin { get; set; }

    public int? SalaryMax { get; set; }

    public string Currency { get; set; } = "EUR";

    public SalaryPeriod SalaryPeriod { get; set; }

    public int? ProjectId { get; set; }

    public static OpportunityFormModel From(OpportunityDraft draft) => new()
    {
        Type = draft.Type,
        Title = draft.Title,
        Description = draft.Description,
        Level = draft.Level,
        Location = draft.Location,
        IsRemote = draft.IsRemote,
        Skills = string.Join(", ", draft.Skills),
        SalaryMin = draft.SalaryMin,
        SalaryMax = draft.SalaryMax,
        Currency = draft.Currency ?? "EUR",
        SalaryPeriod = draft.SalaryPeriod,
        ProjectId = draft.ProjectId,
    };

    public OpportunityDraft ToDraft() => new()
    {
        Type = Type,
        Title = Title,
        Description = Description,
        Level = Level,
        Location = Location,
        IsRemote = IsRemote,
        Skills = (Skills ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        SalaryMin = SalaryMin,
        SalaryMax = SalaryMax,
        Currency = SalaryMin is null && SalaryMax is null ? null : Currency,
        SalaryPeriod = SalaryPeriod,
        ProjectId = ProjectId,
    };
}
