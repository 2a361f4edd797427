using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Matching;

public sealed record ProjectSuggestion(ProjectCardView Card, MatchScore Match);

/// <summary>The three profile fields matching leans on most; each true one is missing.</summary>
public sealed record ProfileGaps(bool Skills, bool WantsToLearn, bool TimeZone)
{
    public static readonly ProfileGaps None = new(false, false, false);

    public bool Any => Skills || WantsToLearn || TimeZone;

    public static ProfileGaps Of(MemberMatchFacts member) => new(member.Skills.Count == 0, member.WantsToLearn.Count == 0, string.IsNullOrWhiteSpace(member.TimeZone));
}

/// <summary>A member's suggestions, what their profile lacks for better ones, and the facts used (to judge live events).</summary>
public sealed record ForYouView(IReadOnlyList<ProjectSuggestion> Items, ProfileGaps Gaps, MemberMatchFacts Member)
{
    public static readonly ForYouView Empty = new([], ProfileGaps.None, new MemberMatchFacts());
}

/// <summary>Projects for a member, ranked and explained (see <see cref="MatchScorer"/>), and "not for me".</summary>
public sealed class MatchingService(
    IDbContextFactory<DevConnectDbContext> dbFactory, SharedMatchReads shared, KeptRankings kept, TimeProvider clock, ILogger<MatchingService> logger)
{
    public const int DefaultCount = 12;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// What a page shows: the member's ranking is kept between their pages (<see cref="KeptRankings"/>) and the
    /// cards are shared (<see cref="SharedMatchReads"/>). Up to <see cref="DefaultCount"/> suggestions.
    /// </summary>
    public async Task<ForYouView> ForYouAsync(string userId, int take = DefaultCount, CancellationToken ct = default)
    {
        var ranking = take <= DefaultCount
            ? await kept.GetAsync(userId, token => RankingAsync(userId, DefaultCount, token), ct)
            : await RankingAsync(userId, take, ct);
        return await ViewAsync(ranking, take, ct);
    }

    /// <summary>Ranks from the database now and keeps nothing: for the weekly digest, which visits each member once.</summary>
    public async Task<ForYouView> ReadForYouAsync(string userId, int take = DefaultCount, CancellationToken ct = default) =>
        await ViewAsync(await RankingAsync(userId, take, ct), take, ct);

    /// <summary>The ranking alone (ids and scores), best first: what the digest and the benchmark use.</summary>
    public async Task<IReadOnlyList<(int ProjectId, MatchScore Match)>> RankAsync(string userId, int take = DefaultCount, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await MatchReads.MemberAsync(db, userId, ct) is { } member ? await RankAsync(db, member, take, ct) : [];
    }

    /// <summary>"Not for me": the project is left out of this member's suggestions from now on.</summary>
    public async Task<DomainResult> DismissAsync(string userId, int projectId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, ct))
        {
            return new DomainResult([new FieldError("", ProjectErrors.NotFound, "This project no longer exists.")]);
        }

        if (!await db.Set<MatchDismissal>().AnyAsync(d => d.UserId == userId && d.ProjectId == projectId, ct))
        {
            db.Add(new MatchDismissal(userId, projectId, Now));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // Another tab dismissed it a moment earlier: dismissed either way.
            }
        }

        await kept.ChangedAsync(userId);
        logger.LogInformation("User {UserId} dismissed project {ProjectId} from their suggestions", userId, projectId);
        return new DomainResult([]);
    }

    /// <summary>The member's matching facts, for a page that decides whether a new project is worth a reload.</summary>
    public async Task<MemberMatchFacts?> MemberAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await MatchReads.MemberAsync(db, userId, ct);
    }

    private async Task<MemberRanking> RankingAsync(string userId, int take, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var member = await MatchReads.MemberAsync(db, userId, ct);
        return new MemberRanking(member, member is null ? [] : await RankAsync(db, member, take, ct));
    }

    private async Task<ForYouView> ViewAsync(MemberRanking ranking, int take, CancellationToken ct)
    {
        if (ranking.Member is not { } member)
        {
            return ForYouView.Empty;
        }

        var shown = ranking.Ranked.Take(take).ToList();
        var cards = (await shared.CardsAsync(dbFactory, shown.Select(r => r.ProjectId).ToList(), ct)).ToDictionary(c => c.Id);
        var items = shown.Where(r => cards.ContainsKey(r.ProjectId)).Select(r => new ProjectSuggestion(cards[r.ProjectId], r.Match)).ToList();
        return new ForYouView(items, ProfileGaps.Of(member), member);
    }

    private async Task<IReadOnlyList<(int ProjectId, MatchScore Match)>> RankAsync(DevConnectDbContext db, MemberMatchFacts member, int take, CancellationToken ct)
    {
        var now = Now;
        var candidates = await MatchReads.CandidateIdsAsync(db, shared, member, ct);
        var (excludedProjects, excludedOwners) = await MatchReads.ExclusionsAsync(db, member.UserId, ct);
        candidates.ExceptWith(excludedProjects);
        var projects = await shared.FactsAsync(db, candidates, ct);
        return projects.Where(p => !excludedOwners.Contains(p.OwnerId))
            .Select(p => (ProjectId: p.Id, Match: MatchScorer.Score(member, p, now)))
            .Where(s => s.Match.Value >= MatchScorer.SuggestionFloor)
            .OrderByDescending(s => s.Match.Value).ThenByDescending(s => s.ProjectId)
            .Take(take).ToList();
    }
}
