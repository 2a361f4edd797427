using System.Globalization;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.WebUtilities;

namespace DevConnect.App.Components.Profiles;

/// <summary>The directory's filters as a shareable address (/people?lang=rust&amp;level=junior&amp;open=true&amp;mentoring=offers&amp;q=…).</summary>
public static class PeopleUrl
{
    public static string For(PeopleQuery query)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        parts.AddRange(query.Skills.Select(s => new KeyValuePair<string, string?>("lang", s)));
        parts.AddRange(query.Levels.Select(l => new KeyValuePair<string, string?>("level", l.ToString().ToLowerInvariant())));
        if (query.OpenToCollaborateOnly)
        {
            parts.Add(new("open", "true"));
        }

        if (query.Mentoring != MentoringFilter.Any)
        {
            parts.Add(new("mentoring", query.Mentoring == MentoringFilter.Offers ? "offers" : "seeks"));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            parts.Add(new("q", query.Text.Trim()));
        }

        if (query.Page > 1)
        {
            parts.Add(new("page", query.Page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString("people", parts);
    }

    public static PeopleQuery Parse(string[]? lang, string[]? level, bool? open, string? mentoring, string? q, int? page) => new()
    {
        Skills = (lang ?? []).Select(Tags.Normalize).OfType<Tag>().Select(t => t.Key).Distinct().Take(Tags.MaxPerProject).ToList(),
        Levels = (level ?? []).Select(l => Enum.TryParse<ExperienceLevel>(l, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (ExperienceLevel?)null)
            .OfType<ExperienceLevel>().Distinct().ToList(),
        OpenToCollaborateOnly = open == true,
        Mentoring = mentoring switch { "offers" => MentoringFilter.Offers, "seeks" => MentoringFilter.Seeks, _ => MentoringFilter.Any },
        Text = string.IsNullOrWhiteSpace(q) ? null : q.Length > ProjectQuery.MaxTextLength ? q[..ProjectQuery.MaxTextLength] : q,
        Page = Math.Clamp(page ?? 1, 1, 10_000),
    };
}
