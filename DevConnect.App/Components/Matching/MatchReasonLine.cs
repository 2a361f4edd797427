using System.Globalization;
using DevConnect.App.Components.Projects;
using DevConnect.Domain.Matching;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Components.Matching;

/// <summary>The one-line "why it fits" in the reader's language ("You know Rust · junior-friendly backend role · 2 h apart").</summary>
public static class MatchReasonLine
{
    public static string For(IStringLocalizer l, MatchScore score) => string.Join(MatchReasonText.Separator, score.Shown.Select(r => Of(l, r)));

    /// <summary>
    /// The same reasons as an owner reads them about a member ("Knows Rust · fits your junior-friendly backend role ·
    /// 2 h apart"), leaving out what only describes the project itself.
    /// </summary>
    public static string ForOwner(IStringLocalizer l, MatchScore score) => string.Join(MatchReasonText.Separator, score.Reasons
        .Where(r => r.Kind is not (MatchReasonKind.Recruiting or MatchReasonKind.RecentlyActive or MatchReasonKind.JuniorFriendly))
        .Take(MatchScore.ReasonsShown)
        .Select(r => r.Kind switch
        {
            MatchReasonKind.Knows or MatchReasonKind.WantsToLearn => l["Match.Owner." + r.Kind, r.Argument ?? ""].Value,
            MatchReasonKind.JuniorFriendlyRole or MatchReasonKind.RoleWanted => l["Match.Owner.FitsRole", RoleLabel.For(l, r.Argument ?? "").ToLower(CultureInfo.CurrentCulture)].Value,
            MatchReasonKind.CommitmentFits => l["Match.Owner.CommitmentFits." + (r.Argument ?? "LongTerm")].Value,
            MatchReasonKind.HoursApart => Of(l, r),
            _ => l["Match.Owner." + r.Kind].Value,
        }));

    public static string Of(IStringLocalizer l, MatchReason reason) => reason.Kind switch
    {
        MatchReasonKind.Knows => l["Match.Reason.Knows", reason.Argument ?? ""],
        MatchReasonKind.WantsToLearn => l["Match.Reason.WantsToLearn", reason.Argument ?? ""],
        MatchReasonKind.JuniorFriendlyRole => l["Match.Reason.JuniorFriendlyRole", RoleLabel.For(l, reason.Argument ?? "").ToLower(CultureInfo.CurrentCulture)],
        MatchReasonKind.RoleWanted => l["Match.Reason.RoleWanted", RoleLabel.For(l, reason.Argument ?? "").ToLower(CultureInfo.CurrentCulture)],
        MatchReasonKind.CommitmentFits => l["Match.Reason.CommitmentFits." + (reason.Argument ?? "LongTerm")],
        MatchReasonKind.HoursApart => reason.Argument is "0" or null ? l["Match.Reason.SameTimeZone"] : l["Match.Reason.HoursApart", reason.Argument],
        _ => l["Match.Reason." + reason.Kind],
    };
}
