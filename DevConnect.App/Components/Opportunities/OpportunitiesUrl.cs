using System.Globalization;
using DevConnect.Domain.Opportunities;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.WebUtilities;

namespace DevConnect.App.Components.Opportunities;

/// <summary>The list's filters as a shareable address (/opportunities?type=internship&amp;skill=rust&amp;level=junior&amp;remote=true&amp;page=2).</summary>
public static class OpportunitiesUrl
{
    public static string For(OpportunityQuery query)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        if (query.Type is { } type)
        {
            parts.Add(new("type", TypeKey(type)));
        }

        parts.AddRange(query.Skills.Select(s => new KeyValuePair<string, string?>("skill", s)));
        if (query.Level is { } level)
        {
            parts.Add(new("level", level.ToString().ToLowerInvariant()));
        }

        if (query.RemoteOnly)
        {
            parts.Add(new("remote", "true"));
        }

        if (query.Page > 1)
        {
            parts.Add(new("page", query.Page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString("opportunities", parts);
    }

    public static OpportunityQuery Parse(string? type, string[]? skill, string? level, bool? remote, int? page) => new()
    {
        Type = Enum.GetValues<OpportunityType>().Cast<OpportunityType?>().FirstOrDefault(t => TypeKey(t!.Value) == type),
        Skills = (skill ?? []).Select(Tags.Normalize).OfType<Tag>().Select(t => t.Key).Distinct().Take(Opportunity.MaxSkills).ToList(),
        Level = Enum.GetValues<ExperienceLevel>().Cast<ExperienceLevel?>().FirstOrDefault(l => l.ToString()!.Equals(level, StringComparison.OrdinalIgnoreCase)),
        RemoteOnly = remote == true,
        Page = Math.Clamp(page ?? 1, 1, 10_000),
    };

    /// <summary>"internship", "junior-position", "freelance-mission", "paid-contribution".</summary>
    public static string TypeKey(OpportunityType type) => type switch
    {
        OpportunityType.Internship => "internship",
        OpportunityType.JuniorPosition => "junior-position",
        OpportunityType.FreelanceMission => "freelance-mission",
        _ => "paid-contribution",
    };
}
