using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using DevConnect.Domain.Projects;

namespace DevConnect.App.Components.Projects;

/// <summary>
/// A short fingerprint of what a feed page shows: its count, pager and every field a card draws. <c>/projects</c>
/// renders its results outside the feed's island; the island is told the stamp of the results around it and shows
/// results of its own only once it reads a page with another stamp (a live event, or a change between the page's
/// response and its circuit). Equal stamps, equal results; the stamp is the same on every server (no hash codes).
/// </summary>
public static class FeedStamp
{
    // Pages are shared by every viewer with the same filters and never change: one stamp per page object.
    private static readonly ConditionalWeakTable<ProjectFeedPage, string> Stamps = new();

    /// <summary>The stamp of <paramref name="page"/>.</summary>
    public static string Of(ProjectFeedPage page) => Stamps.GetValue(page, Compute);

    private static string Compute(ProjectFeedPage page)
    {
        var text = new StringBuilder(1024);
        Append(text, page.Total, page.TotalIsEstimate, page.Page, page.PageSize);
        foreach (var card in page.Items)
        {
            Append(text, card.Id, card.Name, card.Slug, card.Summary, card.Status, card.IsJuniorFriendly, card.MayBeInactive,
                card.CoverKey, card.Stars, card.Owner?.DisplayName, card.Owner?.AvatarPath, card.Organization?.Handle,
                card.Organization?.Name, card.Organization?.IsVerified);
            foreach (var tag in card.Tags)
            {
                Append(text, tag.Label, tag.IsLanguage);
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 12);
    }

    // A separator no field holds (a control character), so no two different pages write the same text.
    private static void Append(StringBuilder text, params object?[] fields)
    {
        foreach (var field in fields)
        {
            text.Append(Convert.ToString(field, CultureInfo.InvariantCulture)).Append('\u001f');
        }

        text.Append('\u001e');
    }
}
