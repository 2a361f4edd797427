using DevConnect.Domain.Matching;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;

namespace DevConnect.Tests.Matching;

/// <summary>The scorer alone: which project fits better, and the line that says why.</summary>
public sealed class MatchScorerTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    private static readonly MemberMatchFacts RustJunior = new()
    {
        UserId = "me",
        Level = ExperienceLevel.Junior,
        Skills = new Dictionary<string, SkillLevel> { ["rust"] = SkillLevel.Comfortable },
        WantsToLearn = ["go"],
        LookingForMentor = true,
        TimeZone = "Europe/Paris",
    };

    private static ProjectMatchFacts Project(params string[] tags) => new()
    {
        Id = 1,
        OwnerId = "owner",
        Status = ProjectStatus.Recruiting,
        Tags = tags,
        UpdatedAtUtc = Now.AddDays(-30),
    };

    [Fact]
    public void A_junior_who_knows_rust_reads_why_a_junior_friendly_rust_backend_project_two_hours_away_fits()
    {
        var project = Project("rust") with { Roles = [new RoleFact("backend", true)], OwnerTimeZone = "Asia/Dubai" };

        var score = MatchScorer.Score(RustJunior, project, Now);

        Assert.Equal("You know Rust · junior-friendly backend role · recruiting now", MatchReasonText.Line(score));
        Assert.Contains(score.Reasons, r => r is { Kind: MatchReasonKind.HoursApart, Argument: "3" });
    }

    [Fact]
    public void The_reason_line_names_the_hours_between_the_member_and_the_owner()
    {
        var member = RustJunior with { Level = ExperienceLevel.Senior, TimeZone = "Europe/London" };
        var project = Project("rust") with { OwnerTimeZone = "Europe/Athens", Status = ProjectStatus.Idea };

        var line = MatchReasonText.Line(MatchScorer.Score(member, project, Now));

        Assert.Equal("You know Rust · 2 h apart", line);
    }

    [Fact]
    public void A_project_in_a_language_the_member_knows_ranks_above_one_in_a_language_they_do_not()
    {
        var rust = MatchScorer.Score(RustJunior, Project("rust") with { IsJuniorFriendly = true }, Now);
        var cobol = MatchScorer.Score(RustJunior, Project("cobol") with { IsJuniorFriendly = true }, Now);

        Assert.True(rust.Value > cobol.Value);
        Assert.True(cobol.Value < MatchScorer.SuggestionFloor, "nothing the member knows or wants: not suggested");
    }

    [Fact]
    public void GitHubs_language_breakdown_counts_when_the_owner_did_not_tag_the_language()
    {
        var untagged = Project("game") with { IsJuniorFriendly = true, GitHubLanguages = new Dictionary<string, double> { ["rust"] = 0.9, ["shell"] = 0.1 } };
        var stray = Project("game") with { IsJuniorFriendly = true, GitHubLanguages = new Dictionary<string, double> { ["python"] = 0.98, ["rust"] = 0.02 } };

        var main = MatchScorer.Score(RustJunior, untagged, Now);

        Assert.Equal(MatchReasonKind.Knows, main.Reasons[0].Kind);
        Assert.True(main.Value > MatchScorer.Score(RustJunior, stray, Now).Value, "a stray 2% of Rust counts for little");
    }

    [Fact]
    public void Something_the_member_wants_to_learn_is_a_reason_and_counts_more_where_juniors_are_welcome()
    {
        var welcoming = MatchScorer.Score(RustJunior, Project("go") with { IsJuniorFriendly = true }, Now);
        var closed = MatchScorer.Score(RustJunior, Project("go"), Now);

        Assert.Equal("Uses Go, which you want to learn", MatchReasonText.Of(welcoming.Reasons[0]));
        Assert.True(welcoming.Value > closed.Value);
    }

    [Fact]
    public void An_owner_who_offers_mentoring_fits_a_member_looking_for_a_mentor_better()
    {
        var mentored = MatchScorer.Score(RustJunior, Project("rust") with { OwnerOffersMentoring = true }, Now);
        var plain = MatchScorer.Score(RustJunior, Project("rust"), Now);

        Assert.Contains(mentored.Reasons, r => r.Kind == MatchReasonKind.MentoringOffered);
        Assert.True(mentored.Value > plain.Value);
    }

    [Fact]
    public void An_inactive_repository_and_the_wrong_commitment_push_a_project_down()
    {
        var member = RustJunior with { PreferredCommitment = Commitment.ShortTerm };
        var fitting = Project("rust") with { Commitment = Commitment.ShortTerm, UpdatedAtUtc = Now.AddDays(-2) };

        var best = MatchScorer.Score(member, fitting, Now);

        Assert.True(best.Value > MatchScorer.Score(member, fitting with { Commitment = Commitment.LongTerm }, Now).Value);
        Assert.True(best.Value > MatchScorer.Score(member, fitting with { MayBeInactive = true }, Now).Value);
        Assert.Contains(best.Reasons, r => r.Kind == MatchReasonKind.RecentlyActive);
    }

    [Fact]
    public void Time_zones_wrap_around_the_day_and_unknown_ones_say_nothing()
    {
        Assert.Equal(0, MatchTimeZones.HoursApart("Europe/Paris", "Europe/Berlin", Now));
        Assert.Equal(11, MatchTimeZones.HoursApart("Pacific/Auckland", "Europe/London", Now));
        Assert.Null(MatchTimeZones.HoursApart("Europe/Paris", "Mars/Olympus", Now));
        Assert.Null(MatchTimeZones.HoursApart(null, "Europe/Paris", Now));
    }
}
