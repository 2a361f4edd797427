// Offline evaluation of matching: ranks the labelled set's 200 projects for each of its 40 members with the app's own
// scorer (MatchScorer, the one /for-you uses) and compares the ranking with the labels (LabelledSet).
//
//   dotnet run -c Release --project tools/MatchEval -- [--write labels.tsv]
//
// Prints precision@5 (share of the first five suggestions labelled a good match) and nDCG@10 (gain 2^label - 1,
// ideal order from the labels), averaged over the members who have at least one good match. --write writes every
// pair's label and reason as a table, to read the judgements.
using System.Globalization;
using DevConnect.Domain.Matching;
using DevConnect.MatchEval;

var (members, projects) = LabelledSet.Build();
var write = args.SkipWhile(a => a != "--write").Skip(1).FirstOrDefault();
using var labels = write is null ? null : new StreamWriter(write);
labels?.WriteLine("member\tproject\tlabel\treason");

var precisions = new List<double>();
var ndcgs = new List<double>();
foreach (var member in members)
{
    var judged = projects.ToDictionary(p => p.Id, p => LabelledSet.Judge(member, p));
    foreach (var (id, label) in judged.Where(j => labels is not null))
    {
        labels!.WriteLine($"{member.UserId}\t{id}\t{label.Gain}\t{label.Reason}");
    }

    if (!judged.Values.Any(l => l.Gain == 2))
    {
        continue;
    }

    // What /for-you does after the candidate read: no completed project, nothing under the floor, best first.
    var ranked = projects.Where(p => p.Status != DevConnect.Domain.Projects.ProjectStatus.Completed)
        .Select(p => (p.Id, Score: MatchScorer.Score(member, p, LabelledSet.Now).Value))
        .Where(s => s.Score >= MatchScorer.SuggestionFloor)
        .OrderByDescending(s => s.Score).ThenByDescending(s => s.Id)
        .Select(s => s.Id).ToList();
    precisions.Add(ranked.Take(5).Count(id => judged[id].Gain == 2) / 5.0);
    var dcg = ranked.Take(10).Select((id, i) => (Math.Pow(2, judged[id].Gain) - 1) / Math.Log2(i + 2)).Sum();
    var ideal = judged.Values.Select(l => l.Gain).OrderDescending().Take(10).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
    ndcgs.Add(ideal == 0 ? 0 : dcg / ideal);
}

var good = members.Sum(m => projects.Count(p => LabelledSet.Judge(m, p).Gain == 2));
var bad = members.Sum(m => projects.Count(p => LabelledSet.Judge(m, p).Gain == 0));
Console.WriteLine($"# Matching evaluation — {members.Count} members × {projects.Count} projects ({good} good, {bad} bad, {members.Count * projects.Count - good - bad} fair pairs)");
Console.WriteLine();
Console.WriteLine("| metric | value | members |");
Console.WriteLine("|---|---:|---:|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| precision@5 | {precisions.Average():0.000} | {precisions.Count} |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| nDCG@10 | {ndcgs.Average():0.000} | {ndcgs.Count} |"));
return 0;
