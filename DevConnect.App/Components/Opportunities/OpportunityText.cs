using System.Globalization;
using DevConnect.Domain.Opportunities;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Components.Opportunities;

/// <summary>How an opportunity's facts read in the reader's language: its kind, where, and the salary range.</summary>
public static class OpportunityText
{
    public static string Type(IStringLocalizer l, OpportunityType type) => l["Opportunity.Type." + type];

    public static string Where(IStringLocalizer l, string? location, bool isRemote) => (location, isRemote) switch
    {
        (null, _) => l["Opportunity.Remote"],
        (_, true) => l["Opportunity.PlaceOrRemote", location],
        _ => location,
    };

    /// <summary>"€1,100–€1,300 a month" (or "1 100 €–1 300 € par mois"): amounts in the reader's culture, currency by its code.</summary>
    public static string Salary(IStringLocalizer l, SalaryRange salary)
    {
        var culture = CultureInfo.CurrentCulture;
        string Amount(int value)
        {
            var format = (NumberFormatInfo)culture.NumberFormat.Clone();
            format.CurrencySymbol = Symbol(salary.Currency);
            return value.ToString("C0", format);
        }

        var range = (salary.Min, salary.Max) switch
        {
            ({ } min, { } max) when min == max => Amount(min),
            ({ } min, { } max) => $"{Amount(min)}–{Amount(max)}",
            ({ } min, null) => l["Opportunity.SalaryFrom", Amount(min)].Value,
            (null, { } max) => l["Opportunity.SalaryUpTo", Amount(max)].Value,
            _ => "",
        };
        return l["Opportunity.SalaryPer." + salary.Period, range];
    }

    private static string Symbol(string currency) => currency switch
    {
        "EUR" => "€",
        "USD" => "US$",
        "GBP" => "£",
        "CAD" => "CA$",
        _ => currency + " ",
    };
}
