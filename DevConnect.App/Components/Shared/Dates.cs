using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Components.Shared;

/// <summary>
/// Every date a person reads, in one form that follows the UI language: "30 Nov 2026" / "30 nov. 2026", with the time
/// "30 Nov 2026, 14:11". The culture's own short patterns are not used because the neutral "en" culture writes US dates
/// ("11/30/2026 2:11 AM") beside the day-month-year used everywhere else. Times are UTC, as stored.
/// </summary>
public static class Dates
{
    public static string Day(DateTime utc) => utc.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string DayTime(DateTime utc) => utc.ToString("d MMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    public static string Month(DateOnly date) => date.ToString("MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"just now", "2 min ago", "3 h ago", "4 d ago", then the day and time; in French "il y a 2 min".</summary>
    public static string Relative(IStringLocalizer l, DateTime utc, DateTime nowUtc)
    {
        var age = nowUtc - utc;
        return age switch
        {
            { TotalMinutes: < 1 } => l["Dates.JustNow"],
            { TotalHours: < 1 } => l["Dates.MinutesAgo", (int)age.TotalMinutes],
            { TotalDays: < 1 } => l["Dates.HoursAgo", (int)age.TotalHours],
            { TotalDays: < 7 } => l["Dates.DaysAgo", (int)age.TotalDays],
            _ => DayTime(utc),
        };
    }

    /// <summary>
    /// A relative time where people expect one (a conversation, a notification), with the exact time on hover and
    /// for machines. Markup, not a component: a conversation shows many, and each component costs the circuit memory.
    /// </summary>
    public static RenderFragment Ago(IStringLocalizer l, DateTime utc, DateTime nowUtc, string? cssClass = null) => builder =>
    {
        builder.OpenElement(0, "time");
        builder.AddAttribute(1, "class", cssClass);
        builder.AddAttribute(2, "datetime", DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        builder.AddAttribute(3, "title", DayTime(utc));
        builder.AddContent(4, Relative(l, utc, nowUtc));
        builder.CloseElement();
    };
}
