using System.Globalization;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.WebUtilities;

namespace DevConnect.App.Components.Projects;

/// <summary>
/// The feed's filters as a shareable URL (/projects?lang=rust&amp;lang=go&amp;status=recruiting&amp;q=game&amp;org=nordlight) and back,
/// so a filtered feed can be bookmarked and the back button walks through earlier filters.
/// </summary>
public static class FeedUrl
{
    public static string For(ProjectQuery query)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        parts.AddRange(query.Languages.Select(l => new KeyValuePair<string, string?>("lang", l)));
        parts.AddRange(query.Statuses.Select(s => new KeyValuePair<string, string?>("status", StatusKey(s))));
        if (query.JuniorFriendlyOnly)
        {
            parts.Add(new("junior", "true"));
        }

        if (query.Commitment is { } commitment)
        {
            parts.Add(new("commitment", commitment == Commitment.ShortTerm ? "short" : "long"));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            parts.Add(new("q", query.Text.Trim()));
        }

        if (query.HideInactive)
        {
            parts.Add(new("active", "true"));
        }

        if (query.Organization is { } organization)
        {
            parts.Add(new("org", organization));
        }

        if (query.Sort != ProjectSort.Newest)
        {
            parts.Add(new("sort", query.Sort == ProjectSort.Updated ? "updated" : "stars"));
        }

        if (query.Page > 1)
        {
            parts.Add(new("page", query.Page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString("projects", parts);
    }

    public static ProjectQuery Parse(
        string[]? lang, string[]? status, bool? junior, string? commitment, string? q, string? sort, int? page, bool? active = null, string? org = null) => new()
    {
        Languages = (lang ?? []).Select(Tags.Normalize).OfType<Tag>().Select(t => t.Key).Distinct().Take(Tags.MaxPerProject).ToList(),
        Statuses = (status ?? []).Select(ParseStatus).OfType<ProjectStatus>().Distinct().ToList(),
        JuniorFriendlyOnly = junior == true,
        Commitment = commitment switch { "short" => Commitment.ShortTerm, "long" => Commitment.LongTerm, _ => null },
        Text = string.IsNullOrWhiteSpace(q) ? null : q.Length > ProjectQuery.MaxTextLength ? q[..ProjectQuery.MaxTextLength] : q,
        Sort = sort switch { "updated" => ProjectSort.Updated, "stars" => ProjectSort.Stars, _ => ProjectSort.Newest },
        HideInactive = active == true,
        Organization = Handle.Normalize(org) is { Length: > 0 and <= Handle.MaxLength } handle ? handle : null,
        Page = Math.Clamp(page ?? 1, 1, 10_000),
    };

    public static string StatusKey(ProjectStatus status) => status switch
    {
        ProjectStatus.Idea => "idea",
        ProjectStatus.Recruiting => "recruiting",
        ProjectStatus.InProgress => "in-progress",
        _ => "completed",
    };

    private static ProjectStatus? ParseStatus(string? key) => key switch
    {
        "idea" => ProjectStatus.Idea,
        "recruiting" => ProjectStatus.Recruiting,
        "in-progress" => ProjectStatus.InProgress,
        "completed" => ProjectStatus.Completed,
        _ => null,
    };
}
