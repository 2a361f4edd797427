using System.Globalization;

namespace DevConnect.Domain.Matching;

/// <summary>
/// The reason line in English, for emails (which are written in English, like the notifications) and logs. Pages
/// write the same line in the visitor's language from <see cref="MatchReason"/> (App: Components/Matching).
/// </summary>
public static class MatchReasonText
{
    public const string Separator = " · ";

    public static string Line(MatchScore score) => string.Join(Separator, score.Shown.Select(Of));

    public static string Of(MatchReason reason) => reason.Kind switch
    {
        MatchReasonKind.Knows => $"You know {reason.Argument}",
        MatchReasonKind.WantsToLearn => $"Uses {reason.Argument}, which you want to learn",
        MatchReasonKind.JuniorFriendlyRole => $"junior-friendly {reason.Argument} role",
        MatchReasonKind.JuniorFriendly => "junior-friendly",
        MatchReasonKind.MentoringOffered => "the owner offers mentoring",
        MatchReasonKind.CouldMentor => "juniors you could mentor",
        MatchReasonKind.CommitmentFits => reason.Argument == "LongTerm" ? "long term, as you like" : "short term, as you like",
        MatchReasonKind.HoursApart => Hours(reason.Argument),
        MatchReasonKind.RecentlyActive => "recently active",
        MatchReasonKind.Recruiting => "recruiting now",
        MatchReasonKind.RoleWanted => $"looking for {reason.Argument}",
        _ => "",
    };

    private static string Hours(string? argument) =>
        int.TryParse(argument, NumberStyles.Integer, CultureInfo.InvariantCulture, out var hours) && hours > 0
            ? $"{hours} h apart"
            : "same time zone";
}
