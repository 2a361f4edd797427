using DevConnect.Domain.Projects;

namespace DevConnect.FeedBenchmark;

/// <summary>The first page a visitor asks for, one per kind of filter the feed offers.</summary>
internal static class Scenarios
{
    public static IEnumerable<(string Name, ProjectQuery Query)> For(LoadedData data)
    {
        yield return ("everything, newest", new ProjectQuery());
        yield return ("everything, recently updated", new ProjectQuery { Sort = ProjectSort.Updated });
        yield return ("everything, most stars", new ProjectQuery { Sort = ProjectSort.Stars });
        yield return ("everything, page 200", new ProjectQuery { Page = 200 });
        yield return ($"most used language ({data.CommonLanguage})", new ProjectQuery { Languages = [data.CommonLanguage] });
        yield return ($"rarest language ({data.RareLanguage})", new ProjectQuery { Languages = [data.RareLanguage] });
        yield return ("two languages + recruiting", new ProjectQuery { Languages = ["rust", "go"], Statuses = [ProjectStatus.Recruiting] });
        yield return ("junior-friendly + short term", new ProjectQuery { JuniorFriendlyOnly = true, Commitment = Commitment.ShortTerm });
        yield return ("hide inactive", new ProjectQuery { HideInactive = true });
        yield return ($"text, common word ({data.CommonWord})", new ProjectQuery { Text = data.CommonWord });
        yield return ($"text, rare word ({data.RareWord})", new ProjectQuery { Text = data.RareWord });
        yield return ("language + text + junior, most stars", new ProjectQuery
        {
            Languages = [data.CommonLanguage], Text = data.CommonWord, JuniorFriendlyOnly = true, Sort = ProjectSort.Stars,
        });
        yield return ($"organization, largest ({data.LargeOrganization})", new ProjectQuery { Organization = data.LargeOrganization });
        yield return ($"organization, small ({data.SmallOrganization})", new ProjectQuery { Organization = data.SmallOrganization });
        yield return ("organization + language + recruiting, most stars", new ProjectQuery
        {
            Organization = data.LargeOrganization, Languages = [data.CommonLanguage], Statuses = [ProjectStatus.Recruiting], Sort = ProjectSort.Stars,
        });
        yield return ("organization + text (common word)", new ProjectQuery { Organization = data.LargeOrganization, Text = data.CommonWord });
    }
}
