using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Matching;

/// <summary>
/// How well a project fits a member, and why: a pure function of the two (and the moment), so it ranks the same in
/// a page, a digest email and the offline evaluation (tools/MatchEval). Each rule adds a weighted reason; the score is
/// their sum, and the reasons, strongest first, become the one-line explanation. docs/MATCHING.md gives the weights.
/// </summary>
public static class MatchScorer
{
    /// <summary>Below this, a project is not suggested at all: nothing the member knows or wants is in it.</summary>
    public const double SuggestionFloor = 10;

    private const double SkillWeight = 40;
    private const double LearnWeight = 16;
    private const double NoTopicPenalty = -35;
    private const double JuniorFriendlyWeight = 18;
    private const double JuniorShutOutPenalty = -15;
    private const double MentoringWeight = 12;
    private const double CouldMentorWeight = 6;
    private const double RoleWeight = 6;
    private const double CommitmentWeight = 6;
    private const double CommitmentMismatch = -8;
    private const double RecruitingWeight = 10;
    private const double RecentWeight = 5;
    private const double StalePenalty = -6;
    private const double InactivePenalty = -20;

    private static readonly Dictionary<string, string[]> _roleFamilies = new(StringComparer.Ordinal)
    {
        ["frontend"] = ["javascript", "typescript", "html", "css", "react", "vue", "angular", "svelte", "blazor"],
        ["backend"] = ["csharp", "java", "go", "rust", "python", "ruby", "php", "kotlin", "elixir", "scala", "sql", "postgresql", "asp.net-core", "django", "rails", "spring-boot", "laravel", "phoenix", "javascript", "typescript"],
        ["mobile"] = ["swift", "kotlin", "dart", "flutter", "react-native", "android", "ios", "objective-c"],
        ["devops"] = ["docker", "kubernetes", "terraform", "shell", "github-actions"],
        ["data"] = ["python", "sql", "r", "julia", "pytorch"],
        ["game"] = ["gdscript", "godot", "cpp", "csharp", "lua"],
    };

    public static MatchScore Score(MemberMatchFacts member, ProjectMatchFacts project, DateTime nowUtc)
    {
        var reasons = new List<MatchReason>();
        var languages = ProjectTagWeights(project);
        var isJunior = member.Level == ExperienceLevel.Junior;
        var juniorRole = project.Roles.Where(r => r.IsJuniorFriendly).OrderByDescending(r => RoleFits(r.Name, member)).FirstOrDefault();
        var welcomesJuniors = project.IsJuniorFriendly || juniorRole is not null;

        // Known languages: the project's main ones count most (its own tags, and GitHub's biggest shares).
        var known = languages.Where(l => member.Skills.ContainsKey(l.Key))
            .Select(l => (l.Key, Weight: l.Value * SkillFactor(member.Skills[l.Key])))
            .OrderByDescending(k => k.Weight).ToList();
        if (known.Count > 0)
        {
            var fit = Math.Min(1, known.Sum(k => k.Weight) / 1.2);
            reasons.Add(new(MatchReasonKind.Knows, Tags.FromKey(known[0].Key).Label, SkillWeight * fit));
        }

        var toLearn = member.WantsToLearn.Where(languages.ContainsKey).OrderByDescending(t => languages[t]).ToList();
        if (toLearn.Count > 0)
        {
            // Learning goes best where juniors are welcome: that is the place to learn in a team.
            var weight = LearnWeight * Math.Min(1, languages[toLearn[0]] + 0.3) * (welcomesJuniors ? 1.25 : 0.6);
            reasons.Add(new(MatchReasonKind.WantsToLearn, Tags.FromKey(toLearn[0]).Label, weight));
        }

        var topical = known.Count > 0 || toLearn.Count > 0;
        if (!topical && (member.Skills.Count > 0 || member.WantsToLearn.Count > 0))
        {
            reasons.Add(new(MatchReasonKind.Knows, null, NoTopicPenalty));
        }

        AddLevelReasons(member, project, juniorRole, welcomesJuniors, isJunior, reasons);
        AddAvailabilityReasons(member, project, reasons);
        AddTimeZoneReason(member.TimeZone, project.OwnerTimeZone, nowUtc, reasons);
        AddActivityReasons(project, nowUtc, reasons);

        // Penalties lower the score but explain nothing a member wants to read.
        return new MatchScore(reasons.Sum(r => r.Weight), reasons.Where(r => r.Weight > 0).OrderByDescending(r => r.Weight).ToList());
    }

    /// <summary>Whether a just-published project could be worth a reload of the member's suggestions.</summary>
    public static bool MightFit(MemberMatchFacts member, IEnumerable<string> projectTags, bool isJuniorFriendly) =>
        projectTags.Any(t => member.Skills.ContainsKey(t) || member.WantsToLearn.Contains(t))
        || (member.Skills.Count == 0 && member.WantsToLearn.Count == 0 && (isJuniorFriendly || member.Level != ExperienceLevel.Junior));

    /// <summary>The owner's tags count fully; a GitHub language counts by its share of the code (a stray script counts little).</summary>
    internal static Dictionary<string, double> ProjectTagWeights(ProjectMatchFacts project)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var tag in project.Tags)
        {
            weights[tag] = 1;
        }

        foreach (var (tag, share) in project.GitHubLanguages)
        {
            var weight = Math.Min(1, share * 1.5);
            if (weight >= 0.05)
            {
                weights[tag] = Math.Max(weights.GetValueOrDefault(tag), weight);
            }
        }

        return weights;
    }

    private static double SkillFactor(SkillLevel level) => level switch
    {
        SkillLevel.Expert => 1,
        SkillLevel.Comfortable => 0.8,
        _ => 0.3,
    };

    private static int RoleFits(string role, MemberMatchFacts member)
    {
        var name = role.ToLowerInvariant();
        if (name.Contains("fullstack", StringComparison.Ordinal) || name.Contains("full-stack", StringComparison.Ordinal))
        {
            return RoleFits("frontend", member) + RoleFits("backend", member);
        }

        return _roleFamilies.Where(f => name.Contains(f.Key, StringComparison.Ordinal))
            .Sum(f => f.Value.Count(member.Skills.ContainsKey) + f.Value.Count(member.WantsToLearn.Contains));
    }

    private static void AddLevelReasons(
        MemberMatchFacts member, ProjectMatchFacts project, RoleFact? juniorRole, bool welcomesJuniors, bool isJunior, List<MatchReason> reasons)
    {
        if (isJunior)
        {
            if (juniorRole is not null)
            {
                reasons.Add(new(MatchReasonKind.JuniorFriendlyRole, juniorRole.Name, JuniorFriendlyWeight + (RoleFits(juniorRole.Name, member) > 0 ? 2 : 0)));
            }
            else if (project.IsJuniorFriendly)
            {
                reasons.Add(new(MatchReasonKind.JuniorFriendly, null, JuniorFriendlyWeight));
            }
            else
            {
                reasons.Add(new(MatchReasonKind.JuniorFriendly, null, JuniorShutOutPenalty));
            }
        }
        else
        {
            var role = project.Roles.Select(r => (r.Name, Fits: RoleFits(r.Name, member))).Where(r => r.Fits > 0).OrderByDescending(r => r.Fits).FirstOrDefault();
            if (role.Name is not null)
            {
                reasons.Add(new(MatchReasonKind.RoleWanted, role.Name, RoleWeight));
            }

            if (member.OpenToMentoring && welcomesJuniors && member.Level >= ExperienceLevel.Senior)
            {
                reasons.Add(new(MatchReasonKind.CouldMentor, null, CouldMentorWeight));
            }
        }

        if (member.LookingForMentor && project.OwnerOffersMentoring)
        {
            reasons.Add(new(MatchReasonKind.MentoringOffered, null, MentoringWeight));
        }
    }

    private static void AddAvailabilityReasons(MemberMatchFacts member, ProjectMatchFacts project, List<MatchReason> reasons)
    {
        switch (project.Status)
        {
            case ProjectStatus.Recruiting:
                reasons.Add(new(MatchReasonKind.Recruiting, null, RecruitingWeight));
                break;
            case ProjectStatus.InProgress:
                reasons.Add(new(MatchReasonKind.Recruiting, null, -8));
                break;
            case ProjectStatus.Idea:
                reasons.Add(new(MatchReasonKind.Recruiting, null, -4));
                break;
        }

        if (member.PreferredCommitment is { } preferred)
        {
            reasons.Add(preferred == project.Commitment
                ? new(MatchReasonKind.CommitmentFits, project.Commitment.ToString(), CommitmentWeight)
                : new(MatchReasonKind.CommitmentFits, null, CommitmentMismatch));
        }

        // A few hours a week is a poor start on a long-term project.
        if (member.HoursPerWeek is < 5 && project.Commitment == Commitment.LongTerm)
        {
            reasons.Add(new(MatchReasonKind.CommitmentFits, null, -3));
        }
    }

    private static void AddTimeZoneReason(string? mine, string? theirs, DateTime nowUtc, List<MatchReason> reasons)
    {
        if (MatchTimeZones.HoursApart(mine, theirs, nowUtc) is not { } hours)
        {
            return;
        }

        var weight = hours switch
        {
            0 => 8,
            <= 2 => 7,
            <= 4 => 3,
            <= 5 => 0,
            <= 6 => -3,
            _ => -10,
        };
        reasons.Add(new(MatchReasonKind.HoursApart, hours.ToString(System.Globalization.CultureInfo.InvariantCulture), weight));
    }

    private static void AddActivityReasons(ProjectMatchFacts project, DateTime nowUtc, List<MatchReason> reasons)
    {
        if (project.MayBeInactive)
        {
            reasons.Add(new(MatchReasonKind.RecentlyActive, null, InactivePenalty));
        }
        else if (nowUtc - project.UpdatedAtUtc <= TimeSpan.FromDays(14))
        {
            reasons.Add(new(MatchReasonKind.RecentlyActive, null, RecentWeight));
        }
        else if (nowUtc - project.UpdatedAtUtc > TimeSpan.FromDays(365))
        {
            reasons.Add(new(MatchReasonKind.RecentlyActive, null, InactivePenalty));
        }
        else if (nowUtc - project.UpdatedAtUtc > TimeSpan.FromDays(180))
        {
            reasons.Add(new(MatchReasonKind.RecentlyActive, null, StalePenalty));
        }
    }
}
