using System.Globalization;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Matching;

/// <param name="Shared">Labels of the languages the mentor knows that the member knows or wants to learn, best first.</param>
public sealed record MentorSuggestion(
    string UserId, string DisplayName, string Handle, ExperienceLevel Level, IReadOnlyList<string> Shared, int? HoursApart, int? ConversationId);

public sealed record MentoringAsk(string MenteeId, string DisplayName, string Handle, ExperienceLevel Level, int ConversationId, DateTime AskedAtUtc);

public static class MentoringErrors
{
    public const string NotAMentor = "MentoringNotAMentor";
    public const string Limit = "MentoringLimit";
}

/// <summary>
/// Seniors who offer mentoring in a member's languages and near their time zone, asking one of them (a conversation
/// with a clear subject, and a notification), and the list of who asked, for the mentor.
/// </summary>
public sealed class MentoringService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    NotificationService notifications,
    IOptions<MatchingOptions> options,
    TimeProvider clock,
    ILogger<MentoringService> logger)
{
    private const int PerTag = 80;
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<MentorSuggestion>> MentorsAsync(string userId, int take = 8, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await MatchReads.MemberAsync(db, userId, ct) is not { } me)
        {
            return [];
        }

        var tags = me.InterestTags.Take(MatchReads.MaxTags).ToList();
        var ids = new HashSet<int>();
        foreach (var tag in tags)
        {
            ids.UnionWith(await db.Set<ProfileSkill>().Where(s => s.Tag == tag && s.Level != SkillLevel.Learning)
                .OrderByDescending(s => s.ProfileId).Select(s => s.ProfileId).Take(PerTag).ToListAsync(ct));
        }

        var (_, blocked) = await MatchReads.ExclusionsAsync(db, userId, ct);
        var mentors = await db.Profiles.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.OpenToMentoring && p.IsListedInDirectory && p.IsPublic
                && (p.Level == ExperienceLevel.Senior || p.Level == ExperienceLevel.Lead))
            .Select(p => new { p.Id, p.UserId, p.DisplayName, p.Handle, p.Level, p.TimeZone, Skills = p.Skills.Select(s => new { s.Tag, s.Level }).ToList() })
            .ToListAsync(ct);
        var asked = await db.Set<MentoringRequest>().Where(r => r.MenteeId == userId).ToDictionaryAsync(r => r.MentorId, r => r.ConversationId, ct);
        var now = Now;
        return mentors.Where(m => !blocked.Contains(m.UserId))
            .Select(m =>
            {
                var shared = m.Skills.Where(s => tags.Contains(s.Tag) && s.Level != SkillLevel.Learning)
                    .OrderByDescending(s => s.Level).ThenBy(s => s.Tag, StringComparer.Ordinal).ToList();
                var hours = MatchTimeZones.HoursApart(me.TimeZone, m.TimeZone, now);
                var score = shared.Sum(s => s.Level == SkillLevel.Expert ? 3 : 2) + hours switch { null => 0, 0 => 3, <= 2 => 2, <= 4 => 1, <= 6 => 0, _ => -2 };
                return (Score: score, View: new MentorSuggestion(m.UserId, m.DisplayName, m.Handle, m.Level,
                    shared.Select(s => Tags.FromKey(s.Tag).Label).ToList(), hours, asked.TryGetValue(m.UserId, out var c) ? c : null));
            })
            .Where(m => m.View.Shared.Count > 0)
            .OrderByDescending(m => m.Score).ThenBy(m => m.View.DisplayName, StringComparer.Ordinal)
            .Take(take).Select(m => m.View).ToList();
    }

    /// <summary>Asks <paramref name="mentorId"/> for mentoring; asking again gives the same conversation.</summary>
    public async Task<DomainResult<int>> AskAsync(string menteeId, string mentorId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<MentoringRequest>().Where(r => r.MenteeId == menteeId && r.MentorId == mentorId).Select(r => (int?)r.ConversationId).SingleOrDefaultAsync(ct) is { } existing)
        {
            return DomainResult<int>.Success(existing);
        }

        var mentor = await db.Profiles.AsNoTracking()
            .Where(p => p.UserId == mentorId && p.UserId != menteeId && p.OpenToMentoring && p.IsListedInDirectory && p.IsPublic)
            .Select(p => new { p.DisplayName, Skills = p.Skills.Select(s => s.Tag).ToList() }).SingleOrDefaultAsync(ct);
        if (mentor is null)
        {
            return DomainResult<int>.Refused(new("", MentoringErrors.NotAMentor, "This member does not offer mentoring."));
        }

        if (await BlockService.AnyBetweenAsync(db, menteeId, mentorId, ct))
        {
            return DomainResult<int>.Refused(SafetyErrors.NotAcceptingConversationsError(""));
        }

        if (await LimitAsync(db, menteeId, ct) is { } limited)
        {
            return DomainResult<int>.Refused(limited);
        }

        var me = (await MatchReads.MemberAsync(db, menteeId, ct))!;
        var shared = mentor.Skills.Where(t => me.InterestTags.Contains(t)).Select(t => Tags.FromKey(t).Label).Take(3).ToList();
        var topic = shared.Count == 0 ? "" : " in " + string.Join(" and ", shared);
        var menteeName = await db.Profiles.Where(p => p.UserId == menteeId).Select(p => p.DisplayName).SingleAsync(ct);
        var now = Now;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var conversation = Conversation.Mentoring(menteeId, mentorId, $"Mentoring{topic} for {menteeName}", now);
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync(ct);
            db.Messages.Add(conversation.Post(menteeId, $"Hello {mentor.DisplayName}, I am looking for a mentor{topic}. Would you have some time to help me?", now).Value!);
            db.Add(new MentoringRequest(menteeId, mentorId, conversation.Id, now));
            await notifications.AddAsync(db, mentorId, NotificationKind.MentoringRequest, $"{menteeName} asks you for mentoring{topic}", $"/messages/{conversation.Id}", ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            await notifications.AnnounceAsync(mentorId);
            logger.LogInformation("User {MenteeId} asked {MentorId} for mentoring", menteeId, mentorId);
            return DomainResult<int>.Success(conversation.Id);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another tab asked a moment earlier: that conversation is the one.
            await using var again = await dbFactory.CreateDbContextAsync(ct);
            return DomainResult<int>.Success(await again.Set<MentoringRequest>().Where(r => r.MenteeId == menteeId && r.MentorId == mentorId).Select(r => r.ConversationId).SingleAsync(ct));
        }
    }

    /// <summary>Who asked <paramref name="mentorId"/> for mentoring, newest first.</summary>
    public async Task<IReadOnlyList<MentoringAsk>> AskedAsync(string mentorId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<MentoringRequest>().Where(r => r.MentorId == mentorId).OrderByDescending(r => r.CreatedAtUtc)
            .Join(db.Profiles, r => r.MenteeId, p => p.UserId, (r, p) => new MentoringAsk(r.MenteeId, p.DisplayName, p.Handle, p.Level, r.ConversationId, r.CreatedAtUtc))
            .ToListAsync(ct);
    }

    private async Task<FieldError?> LimitAsync(DevConnectDbContext db, string menteeId, CancellationToken ct)
    {
        var limit = options.Value.MentoringRequestsPerDay;
        var since = Now - Day;
        var recent = await db.Set<MentoringRequest>().Where(r => r.MenteeId == menteeId && r.CreatedAtUtc > since)
            .OrderByDescending(r => r.CreatedAtUtc).Select(r => r.CreatedAtUtc).Take(limit).ToListAsync(ct);
        if (recent.Count < limit)
        {
            return null;
        }

        var lifts = recent[^1] + Day;
        return new FieldError("", MentoringErrors.Limit,
            $"You can ask {limit} mentors a day. You can ask again at {lifts.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC.")
        {
            Arguments = [limit, lifts],
        };
    }
}
