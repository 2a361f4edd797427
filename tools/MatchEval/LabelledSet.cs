using DevConnect.Domain.Matching;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.MatchEval;

internal sealed record Label(int Gain, string Reason);

/// <summary>
/// The evaluation set: 40 members and 200 projects drawn with a fixed seed, and for every pair the judgement a person
/// would make, written as rules with their reason (not the scorer's weights): a project is a good match (2) when it is
/// recruiting, active, uses a main language the member knows well or wants to learn, welcomes juniors when the member
/// is one, and is within five hours and of the commitment the member prefers; a bad match (0) when nothing the member
/// knows or wants is among its main languages, it shuts a junior out, or it is inactive or finished; fair (1) otherwise.
/// </summary>
internal static class LabelledSet
{
    public static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Languages = ["rust", "go", "python", "javascript", "typescript", "csharp", "java", "kotlin", "swift", "elixir", "cpp", "ruby"];
    private static readonly string[] Zones = ["Europe/Paris", "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata", "Africa/Lagos", "America/Sao_Paulo"];
    private static readonly string[] RoleNames = ["backend", "frontend", "mobile", "data", "docs"];

    public static (List<MemberMatchFacts> Members, List<ProjectMatchFacts> Projects) Build(int seed = 7)
    {
        var random = new Random(seed);
        var projects = Enumerable.Range(1, 200).Select(id => Project(random, id)).ToList();
        var members = Enumerable.Range(1, 40).Select(id => Member(random, id)).ToList();
        return (members, projects);
    }

    public static Label Judge(MemberMatchFacts member, ProjectMatchFacts project)
    {
        var main = project.Tags.Concat(project.GitHubLanguages.Where(l => l.Value >= 0.3).Select(l => l.Key)).ToHashSet();
        var knowsWell = main.Where(t => member.Skills.TryGetValue(t, out var level) && level >= SkillLevel.Comfortable).ToList();
        var learning = main.Where(t => member.WantsToLearn.Contains(t) || member.Skills.GetValueOrDefault(t, (SkillLevel)(-1)) == SkillLevel.Learning).ToList();
        var welcomesJuniors = project.IsJuniorFriendly || project.Roles.Any(r => r.IsJuniorFriendly);
        var hours = MatchTimeZones.HoursApart(member.TimeZone, project.OwnerTimeZone, Now);

        if (project.Status == ProjectStatus.Completed || project.MayBeInactive || Now - project.UpdatedAtUtc > TimeSpan.FromDays(365))
        {
            return new(0, "finished or inactive");
        }

        if (knowsWell.Count == 0 && learning.Count == 0)
        {
            return new(0, "none of its main languages is one the member knows or wants to learn");
        }

        if (member.Level == ExperienceLevel.Junior && !welcomesJuniors)
        {
            return new(0, "shuts a junior out");
        }

        var languageFits = knowsWell.Count > 0 || (learning.Count > 0 && welcomesJuniors);
        var timeFits = hours is null or <= 5;
        var commitmentFits = member.PreferredCommitment is null || member.PreferredCommitment == project.Commitment;
        if (languageFits && project.Status == ProjectStatus.Recruiting && timeFits && commitmentFits)
        {
            return new(2, knowsWell.Count > 0
                ? $"recruiting, knows {knowsWell[0]} well, {(hours is null ? "time zone unknown" : $"{hours} h apart")}"
                : $"recruiting, welcomes juniors, uses {learning[0]} the member wants to learn");
        }

        return new(1, !timeFits ? "fits, but too many hours apart" : !commitmentFits ? "fits, but not the commitment the member prefers" : "fits, but not recruiting now");
    }

    private static ProjectMatchFacts Project(Random random, int id)
    {
        var tags = Pick(random, Languages, random.Next(1, 4));
        var github = new Dictionary<string, double>();
        if (random.NextDouble() < 0.35)
        {
            // Sometimes the repository's main language is one the owner did not tag.
            github[random.NextDouble() < 0.5 ? tags[0] : Languages[random.Next(Languages.Length)]] = 0.7;
            github[Languages[random.Next(Languages.Length)]] = 0.3;
        }

        var junior = random.NextDouble() < 0.4;
        var roles = Pick(random, RoleNames, random.Next(0, 3)).Select(r => new RoleFact(r, junior && random.NextDouble() < 0.8)).ToList();
        var status = random.NextDouble() switch { < 0.5 => ProjectStatus.Recruiting, < 0.7 => ProjectStatus.Idea, < 0.9 => ProjectStatus.InProgress, _ => ProjectStatus.Completed };
        return new ProjectMatchFacts
        {
            Id = id,
            OwnerId = $"owner-{id % 60}",
            Status = status,
            Commitment = random.Next(2) == 0 ? Commitment.ShortTerm : Commitment.LongTerm,
            IsJuniorFriendly = junior,
            Tags = tags,
            GitHubLanguages = github,
            Roles = roles,
            OwnerOffersMentoring = random.NextDouble() < 0.3,
            OwnerTimeZone = Zones[random.Next(Zones.Length)],
            UpdatedAtUtc = Now.AddDays(-random.Next(0, 500)),
            MayBeInactive = random.NextDouble() < 0.1,
        };
    }

    private static MemberMatchFacts Member(Random random, int id)
    {
        var level = (ExperienceLevel)random.Next(4);
        var skills = Pick(random, Languages, random.Next(1, 4)).ToDictionary(t => t, _ => (SkillLevel)random.Next(3));
        return new MemberMatchFacts
        {
            UserId = $"member-{id}",
            Level = level,
            Skills = skills,
            WantsToLearn = Pick(random, Languages.Where(l => !skills.ContainsKey(l)).ToArray(), random.Next(0, 3)),
            LookingForMentor = level == ExperienceLevel.Junior && random.NextDouble() < 0.6,
            OpenToMentoring = level >= ExperienceLevel.Senior && random.NextDouble() < 0.5,
            PreferredCommitment = random.NextDouble() switch { < 0.3 => Commitment.ShortTerm, < 0.6 => Commitment.LongTerm, _ => null },
            HoursPerWeek = random.Next(2, 20),
            TimeZone = random.NextDouble() < 0.85 ? Zones[random.Next(Zones.Length)] : null,
        };
    }

    private static List<string> Pick(Random random, string[] from, int count) => from.OrderBy(_ => random.Next()).Take(count).ToList();
}
