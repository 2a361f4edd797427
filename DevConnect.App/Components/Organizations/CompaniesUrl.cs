using System.Globalization;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.WebUtilities;

namespace DevConnect.App.Components.Organizations;

/// <summary>The directory's filters as a shareable address (/companies?tech=rust&amp;location=paris&amp;verified=true&amp;open=true&amp;page=2).</summary>
public static class CompaniesUrl
{
    public static string For(OrganizationQuery query)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        parts.AddRange(query.Tech.Select(t => new KeyValuePair<string, string?>("tech", t)));
        if (query.Location is { } location)
        {
            parts.Add(new("location", location));
        }

        if (query.VerifiedOnly)
        {
            parts.Add(new("verified", "true"));
        }

        if (query.WithOpenOpportunities)
        {
            parts.Add(new("open", "true"));
        }

        if (query.Page > 1)
        {
            parts.Add(new("page", query.Page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString("companies", parts);
    }

    public static OrganizationQuery Parse(string[]? tech, string? location, bool? verified, int? page, bool? open = null) => new()
    {
        Tech = (tech ?? []).Select(Tags.Normalize).OfType<Tag>().Select(t => t.Key).Distinct().Take(Organization.MaxTech).ToList(),
        Location = string.IsNullOrWhiteSpace(location) || location.Length > Organization.LocationMaxLength ? null : OrganizationRules.LocationKey(location),
        VerifiedOnly = verified == true,
        WithOpenOpportunities = open == true,
        Page = Math.Clamp(page ?? 1, 1, 10_000),
    };
}
