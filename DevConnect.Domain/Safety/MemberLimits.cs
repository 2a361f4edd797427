using System.Globalization;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Safety;

/// <summary>
/// The hourly limits and the repeated-text rule. Every count is read from the rows the actions leave behind (projects,
/// applications, conversations, messages), over a rolling hour, so several servers sharing a database share one count
/// and a restart forgets nothing. A refusal names the limit and the minute it lifts.
/// </summary>
public sealed class MemberLimits(IOptions<LimitsOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private LimitsOptions Options => options.Value;

    /// <summary>Null when <paramref name="userId"/> may do one more <paramref name="action"/> now; otherwise why not, at <paramref name="field"/>.</summary>
    internal async Task<FieldError?> CheckAsync(DevConnectDbContext db, string userId, LimitedAction action, string field, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var isNew = await IsNewAsync(db, userId, now, ct);
        var limit = Options.For(action, isNew);
        var since = now - Window;
        // The newest `limit` moments in the window: when there are that many, the oldest of them leaving the window lifts it.
        var recent = await Moments(db, userId, action, since).OrderByDescending(t => t).Take(limit).ToListAsync(ct);
        if (recent.Count < limit)
        {
            return null;
        }

        var lifts = recent[^1] + Window;
        var code = $"{SafetyErrors.LimitPrefix}{action}.{(isNew ? "New" : "Established")}";
        return new FieldError(field, code, Describe(action, limit, isNew, lifts)) { Arguments = [limit, lifts] };
    }

    /// <summary>
    /// Null unless <paramref name="body"/> (case and spacing aside) already went to as many other conversations as the
    /// rule allows within its window: then the refusal, with the moment the oldest of those leaves the window.
    /// </summary>
    internal async Task<FieldError?> CheckSameTextAsync(DevConnectDbContext db, string userId, int conversationId, string? body, string field, CancellationToken ct)
    {
        var fingerprint = MessageFingerprint.Of(body);
        if (MessageFingerprint.Normalize(body).Length < Options.SameTextMinLength)
        {
            return null;
        }

        var since = clock.GetUtcNow().UtcDateTime - Options.SameTextWindow;
        var elsewhere = await db.Messages
            .Where(m => m.SenderId == userId && m.SentAtUtc > since && m.Fingerprint == fingerprint && m.ConversationId != conversationId)
            .GroupBy(m => m.ConversationId)
            .Select(g => g.Max(m => m.SentAtUtc))
            .ToListAsync(ct);
        if (elsewhere.Count < Options.SameTextMaxConversations)
        {
            return null;
        }

        // Sending again becomes possible once enough of those conversations have left the window.
        var lifts = elsewhere.OrderDescending().ElementAt(Options.SameTextMaxConversations - 1) + Options.SameTextWindow;
        return new FieldError(field, SafetyErrors.SameText,
            $"You have already sent this text to {Options.SameTextMaxConversations} other conversations. Write to each person in your own words, or send it again after {lifts.ToString("d MMM HH:mm", CultureInfo.InvariantCulture)} UTC.")
        {
            Arguments = [Options.SameTextMaxConversations, lifts],
        };
    }

    /// <summary>True while the account is younger than the configured age or its email is unconfirmed.</summary>
    public async Task<bool> IsNewAsync(DevConnectDbContext db, string userId, DateTime nowUtc, CancellationToken ct)
    {
        var account = await db.Users.Where(u => u.Id == userId).Select(u => new { u.CreatedAtUtc, u.EmailConfirmed }).SingleOrDefaultAsync(ct);
        return account is null || !account.EmailConfirmed || account.CreatedAtUtc > nowUtc - Options.NewAccountAge;
    }

    private static IQueryable<DateTime> Moments(DevConnectDbContext db, string userId, LimitedAction action, DateTime since) => action switch
    {
        LimitedAction.Projects => db.Projects.Where(p => p.OwnerId == userId && p.CreatedAtUtc > since).Select(p => p.CreatedAtUtc),
        LimitedAction.Applications => db.Applications.Where(a => a.ApplicantId == userId && a.CreatedAtUtc > since).Select(a => a.CreatedAtUtc),
        // Conversations someone starts are the contact ones on other people's projects; an application's own is counted as an application.
        LimitedAction.Conversations => db.Conversations
            .Where(c => c.Kind == ConversationKind.Contact && c.CreatedAtUtc > since && c.Participants.Any(p => p.UserId == userId)
                && db.Projects.Any(p => p.Id == c.ProjectId && p.OwnerId != userId))
            .Select(c => c.CreatedAtUtc),
        _ => db.Messages.Where(m => m.SenderId == userId && m.SentAtUtc > since).Select(m => m.SentAtUtc),
    };

    private static string Describe(LimitedAction action, int limit, bool isNew, DateTime lifts)
    {
        var (what, again) = action switch
        {
            LimitedAction.Projects => ("post {0} projects", "post again"),
            LimitedAction.Applications => ("send {0} applications", "apply again"),
            LimitedAction.Conversations => ("start {0} conversations", "start another"),
            _ => ("send {0} messages", "send again"),
        };
        var tier = isNew ? " while your account is new or unconfirmed" : "";
        return $"You can {string.Format(CultureInfo.InvariantCulture, what, limit)} an hour{tier}. You can {again} at {Time(lifts)}.";
    }

    private static string Time(DateTime utc) => utc.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
