using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Applications;

/// <summary>A member's own place in every project: what their project pages show them (apply, or the team's chat).</summary>
/// <param name="Teams">The projects whose team they are on.</param>
/// <param name="Pending">The projects they have a pending application to.</param>
/// <param name="TeamConversations">Each team conversation they are in, by project.</param>
public sealed record MemberStanding(IReadOnlySet<int> Teams, IReadOnlySet<int> Pending, IReadOnlyDictionary<int, int> TeamConversations);

/// <summary>
/// A member's <see cref="MemberStanding"/>, kept between the project pages they open: the Apply panel's status and the
/// team card's conversation were three queries on every signed-in project page. Read again after any application or
/// team change on any server (<see cref="TeamChangeVersion"/>), and after 30 s at most for what announces nothing (an
/// application that expired on its own, a deleted account).
/// </summary>
public sealed class KeptStandings(IDbContextFactory<DevConnectDbContext> dbFactory, TeamChangeVersion version, TimeProvider clock)
{
    // Past this many members, the copies go all at once: memory stays bounded whatever the audience.
    private const int MaxMembers = 10_000;

    private readonly StampedReads<MemberStanding> _standings = new(clock, MaxMembers, () => version.Current);

    public Task<MemberStanding> GetAsync(string userId, CancellationToken ct = default) => _standings.GetAsync(userId, async token =>
    {
        await using var db = await dbFactory.CreateDbContextAsync(token);
        var teams = await db.TeamMembers.Where(m => m.UserId == userId).Select(m => m.ProjectId).ToListAsync(token);
        var pending = await db.Applications.Where(a => a.ApplicantId == userId && a.Status == ApplicationStatus.Pending).Select(a => a.ProjectId).ToListAsync(token);
        var conversations = await db.Conversations
            .Where(c => c.ProjectId != null && c.Kind == ConversationKind.Team && c.Participants.Any(p => p.UserId == userId))
            .Select(c => new { ProjectId = c.ProjectId!.Value, c.Id }).ToListAsync(token);
        return new MemberStanding(teams.ToHashSet(), pending.ToHashSet(),
            conversations.GroupBy(c => c.ProjectId).ToDictionary(g => g.Key, g => g.Min(c => c.Id)));
    }, ct);
}
