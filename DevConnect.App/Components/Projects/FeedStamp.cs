using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using DevConnect.Domain.Projects;

namespace DevConnect.App.Components.Projects;

/// <summary>
/// A short fingerprint of what a list of project cards shows: every field a card draws, and for a feed page its count
/// and pager. <c>/projects</c> and the home page render their cards outside their live islands; an island is told the
/// stamp of the cards around it and shows cards of its own only once it reads a list with another stamp (a live event,
/// or a change between the page's response and its circuit). Equal stamps, equal cards; the stamp is the same on
/// every server (no hash codes).
/// </summary>
public static class FeedStamp
{
    // Pages and lists are shared by every viewer and never change: one stamp per object.
    private static readonly ConditionalWeakTable<ProjectFeedPage, string> Pages = new();
    private static readonly ConditionalWeakTable<IReadOnlyList<ProjectCardView>, string> Lists = new();

    /// <summary>The stamp of a feed page: its cards, count and pager.</summary>
    public static string Of(ProjectFeedPage page) => Pages.GetValue(page, static page =>
    {
        var text = new StringBuilder(1024);
        Append(text, page.Total, page.TotalIsEstimate, page.Page, page.PageSize);
        return Hash(Write(text, page.Items));
    });

    /// <summary>The stamp of a list of cards (the home page's latest projects).</summary>
    public static string Of(IReadOnlyList<ProjectCardView> cards) =>
        Lists.GetValue(cards, static cards => Hash(Write(new StringBuilder(1024), cards)));

    private static StringBuilder Write(StringBuilder text, IReadOnlyList<ProjectCardView> cards)
    {
        foreach (var card in cards)
        {
            Append(text, card.Id, card.Name, card.Slug, card.Summary, card.Status, card.IsJuniorFriendly, card.MayBeInactive,
                card.CoverKey, card.Stars, card.Owner?.DisplayName, card.Owner?.AvatarPath, card.Organization?.Handle,
                card.Organization?.Name, card.Organization?.IsVerified);
            foreach (var tag in card.Tags)
            {
                Append(text, tag.Label, tag.IsLanguage);
            }
        }

        return text;
    }

    private static string Hash(StringBuilder text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 12);

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
