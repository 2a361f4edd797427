using DevConnect.Domain.Accounts;
using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Messaging;

/// <param name="HiddenReason">Set when the moderators hid the message: the sender reads the reason, the others get no body.</param>
public sealed record MessageView(int Id, string SenderId, string SenderName, string Body, DateTime SentAtUtc, string? HiddenReason = null);

public sealed record ConversationView(
    int Id, int? ProjectId, string ProjectName, string OtherUserId, string OtherName, string OtherHandle, string? OtherAvatar,
    IReadOnlyList<MessageView> Messages, DateTime OtherLastReadAtUtc, bool IsTeam = false, bool IsClosed = false, bool ClosedByMe = false)
{
    /// <summary>The organization's handle when an organization opened it; its page is then what the conversation is about.</summary>
    public string? OrganizationHandle { get; init; }
}

public sealed record InboxItem(int Id, string ProjectName, string OtherName, string? OtherAvatar, string? LastMessage, DateTime LastMessageAtUtc, int Unread);

/// <summary>Published on a conversation's key when a message arrives or a participant reads it.</summary>
public sealed record ConversationChanged(int ConversationId);

/// <summary>
/// Private conversations between an applicant (or someone interested) and a project's owner. Only the two
/// participants can read or write; for anyone else a conversation does not exist.
/// </summary>
public sealed class MessagingService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    NotificationService notifications,
    ILiveEvents live,
    MemberLimits limits,
    Applications.KeptStandings standings,
    TimeProvider clock,
    ILogger<MessagingService> logger)
{
    public const string BodyField = "Body";
    public const int MaxPerMinute = 20;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Adds the conversation of a new application, with the application's message as its first message, to the
    /// caller's context and transaction (the application must be saved in it already).
    /// </summary>
    internal async Task AddForApplicationAsync(DevConnectDbContext db, int applicationId, int projectId, string applicantId, string ownerId, string firstMessage, CancellationToken ct)
    {
        var now = Now;
        var conversation = Conversation.ForApplication(projectId, applicationId, applicantId, ownerId, now);
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(ct);
        db.Messages.Add(conversation.Post(applicantId, firstMessage, now).Value!);
    }

    /// <summary>Adds a new member to the project's team conversation (created with the owner on the first member).</summary>
    internal async Task JoinTeamAsync(int projectId, string ownerId, string memberId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = Now;
        var team = await db.Conversations.Include(c => c.Participants)
            .SingleOrDefaultAsync(c => c.ProjectId == projectId && c.Kind == ConversationKind.Team, ct);
        if (team is null)
        {
            team = Conversation.ForTeam(projectId, ownerId, now);
            db.Conversations.Add(team);
        }

        team.Join(memberId, now);

        await db.SaveChangesAsync(ct);
    }

    internal async Task LeaveTeamAsync(int projectId, string memberId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.ConversationParticipants
            .Where(p => p.UserId == memberId && db.Conversations.Any(c => c.Id == p.ConversationId && c.ProjectId == projectId && c.Kind == ConversationKind.Team))
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>The team conversation of a project, if <paramref name="userId"/> is in it.</summary>
    public async Task<int?> TeamConversationAsync(string userId, int projectId, CancellationToken ct = default) =>
        (await standings.GetAsync(userId, ct)).TeamConversations.TryGetValue(projectId, out var id) ? id : null;

    /// <summary>The conversation between <paramref name="userId"/> and a project's owner, started if needed.</summary>
    public async Task<DomainResult<int>> ContactOwnerAsync(string userId, int projectId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ownerId = await db.Projects.Where(p => p.Id == projectId).Select(p => p.OwnerId).SingleOrDefaultAsync(ct);
        if (ownerId is null)
        {
            return DomainResult<int>.Refused(new("", Projects.ProjectErrors.NotFound, "This project no longer exists."));
        }

        if (ownerId == userId)
        {
            return DomainResult<int>.Refused(new("", Applications.ApplicationErrors.OwnProject, "This is your own project."));
        }

        var existing = await db.Conversations
            .Where(c => c.ProjectId == projectId && c.Kind != ConversationKind.Team && c.Participants.Any(p => p.UserId == userId) && c.Participants.Any(p => p.UserId == ownerId))
            .OrderByDescending(c => c.LastMessageAtUtc).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            // A closed one included: it says so itself, the same way to both sides.
            return DomainResult<int>.Success(id);
        }

        if (await BlockService.AnyBetweenAsync(db, userId, ownerId, ct))
        {
            return DomainResult<int>.Refused(SafetyErrors.NotAcceptingConversationsError(""));
        }

        if (await limits.CheckAsync(db, userId, LimitedAction.Conversations, "", ct) is { } limited)
        {
            return DomainResult<int>.Refused(limited);
        }

        var conversation = Conversation.Contact(projectId, userId, ownerId, Now);
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(ct);
        return DomainResult<int>.Success(conversation.Id);
    }

    public async Task<ConversationView?> GetAsync(string userId, int conversationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var conversation = await db.Conversations.AsNoTracking().Include(c => c.Participants).SingleOrDefaultAsync(c => c.Id == conversationId, ct);
        if (conversation is null || !conversation.Includes(userId))
        {
            return null;
        }

        var others = conversation.Participants.Where(p => p.UserId != userId).ToList();
        var other = others.FirstOrDefault() ?? conversation.Participants.First();
        var names = await db.Profiles.AsNoTracking().Where(p => conversation.Participants.Select(x => x.UserId).Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, ct);
        var organization = conversation.OrganizationId is { } organizationId
            ? await db.Organizations.Where(o => o.Id == organizationId).Select(o => new { o.Name, o.Handle }).SingleOrDefaultAsync(ct)
            : null;
        // A mentoring conversation is about no project: its subject stands where the project's name would.
        var project = organization?.Name ?? conversation.Subject
            ?? await db.Projects.Where(p => p.Id == conversation.ProjectId).Select(p => p.Name).SingleOrDefaultAsync(ct) ?? "";
        if (conversation.Kind == ConversationKind.Team)
        {
            var teamMessages = await db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId)
                .OrderByDescending(m => m.SentAtUtc).ThenByDescending(m => m.Id).Take(200).ToListAsync(ct);
            return new ConversationView(conversation.Id, conversation.ProjectId, project, "", $"{project} · team", "", null,
                teamMessages.AsEnumerable().Reverse().Select(m => new MessageView(m.Id, m.SenderId, names.GetValueOrDefault(m.SenderId)?.DisplayName ?? "?", m.HiddenReason is null || m.SenderId == userId ? m.Body : "", m.SentAtUtc, m.HiddenReason)).ToList(),
                others.Count == 0 ? DateTime.MinValue : others.Min(p => p.LastReadAtUtc), IsTeam: true);
        }

        var messages = await db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId)
            .OrderByDescending(m => m.SentAtUtc).ThenByDescending(m => m.Id).Take(200).ToListAsync(ct);
        var closedByMe = await db.Set<MemberBlock>().AnyAsync(b => b.BlockerId == userId && b.BlockedId == other.UserId, ct);
        var closed = closedByMe || await db.Set<MemberBlock>().AnyAsync(b => b.BlockerId == other.UserId && b.BlockedId == userId, ct);
        return new ConversationView(conversation.Id, conversation.ProjectId, project, other.UserId,
            names.GetValueOrDefault(other.UserId)?.DisplayName ?? "?", names.GetValueOrDefault(other.UserId)?.Handle ?? "", names.GetValueOrDefault(other.UserId)?.AvatarPath,
            messages.AsEnumerable().Reverse().Select(m => new MessageView(m.Id, m.SenderId, names.GetValueOrDefault(m.SenderId)?.DisplayName ?? "?", m.HiddenReason is null || m.SenderId == userId ? m.Body : "", m.SentAtUtc, m.HiddenReason)).ToList(),
            other.LastReadAtUtc, IsClosed: closed, ClosedByMe: closedByMe) { OrganizationHandle = organization?.Handle };
    }

    /// <summary>Posts a message as <paramref name="userId"/>; the result carries the new message's id.</summary>
    public async Task<DomainResult<int>> PostAsync(string userId, int conversationId, string? body, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var conversation = await db.Conversations.Include(c => c.Participants).SingleOrDefaultAsync(c => c.Id == conversationId, ct);
        if (conversation is null)
        {
            return DomainResult<int>.Refused(MessagingErrors.NotFoundError());
        }

        // The conversation checks the text and the writer; nothing is saved when it refuses or the writer is too fast.
        var posted = conversation.Post(userId, body, Now);
        if (posted.Value is not { } message)
        {
            return DomainResult<int>.Refused(posted.Error!);
        }

        // A block between the two closes their conversation for both; the team conversation is shared with others and stays open.
        if (conversation.Kind != ConversationKind.Team && conversation.Participants.FirstOrDefault(p => p.UserId != userId) is { } counterpart
            && await BlockService.AnyBetweenAsync(db, userId, counterpart.UserId, ct))
        {
            return DomainResult<int>.Refused(SafetyErrors.ConversationClosedError(BodyField));
        }

        var minuteAgo = Now.AddMinutes(-1);
        if (await db.Messages.CountAsync(m => m.SenderId == userId && m.SentAtUtc > minuteAgo, ct) >= MaxPerMinute)
        {
            return DomainResult<int>.Refused(MessagingErrors.TooManyError());
        }

        var limited = await limits.CheckAsync(db, userId, LimitedAction.Messages, BodyField, ct)
            ?? await limits.CheckSameTextAsync(db, userId, conversationId, message.Body, BodyField, ct);
        if (limited is not null)
        {
            return DomainResult<int>.Refused(limited);
        }

        db.Messages.Add(message);
        var sender = await db.Profiles.Where(p => p.UserId == userId).Select(p => p.DisplayName).SingleOrDefaultAsync(ct) ?? "Someone";
        var others = conversation.Participants.Where(p => p.UserId != userId).Select(p => p.UserId).ToList();
        foreach (var other in others)
        {
            // The message, its notifications and their emails commit together.
            await notifications.AddAsync(db, other, NotificationKind.NewMessage,
                conversation.Kind == ConversationKind.Team ? $"{sender} wrote in the team conversation" : $"{sender} sent you a message", $"/messages/{conversationId}", ct);
        }

        await db.SaveChangesAsync(ct);
        await live.PublishAsync(LiveKeys.Conversation(conversationId), new ConversationChanged(conversationId));
        foreach (var other in others)
        {
            await notifications.AnnounceAsync(other);
        }
        logger.LogInformation("User {UserId} posted message {MessageId} in conversation {ConversationId}", userId, message.Id, conversationId);
        return DomainResult<int>.Success(message.Id);
    }

    public async Task MarkReadAsync(string userId, int conversationId, CancellationToken ct = default)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var updated = await db.ConversationParticipants.Where(p => p.ConversationId == conversationId && p.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastReadAtUtc, now), ct);
        if (updated > 0)
        {
            // The other side's "seen" marker moves.
            await live.PublishAsync(LiveKeys.Conversation(conversationId), new ConversationChanged(conversationId));
        }
    }

    public async Task<IReadOnlyList<InboxItem>> InboxAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.ConversationParticipants.AsNoTracking().Where(p => p.UserId == userId)
            .Select(me => new
            {
                me.ConversationId,
                me.LastReadAtUtc,
                Project = db.Projects.Where(p => p.Id == db.Conversations.Where(c => c.Id == me.ConversationId).Select(c => c.ProjectId).First()).Select(p => p.Name).FirstOrDefault()
                    ?? db.Organizations.Where(o => o.Id == db.Conversations.Where(c => c.Id == me.ConversationId).Select(c => c.OrganizationId).First()).Select(o => o.Name).FirstOrDefault()
                    ?? db.Conversations.Where(c => c.Id == me.ConversationId).Select(c => c.Subject).FirstOrDefault(),
                OtherId = db.ConversationParticipants.Where(o => o.ConversationId == me.ConversationId && o.UserId != userId).Select(o => o.UserId).FirstOrDefault(),
                Last = db.Messages.Where(m => m.ConversationId == me.ConversationId).OrderByDescending(m => m.SentAtUtc).ThenByDescending(m => m.Id).Select(m => m.HiddenReason == null ? m.Body : "").FirstOrDefault(),
                LastAt = db.Conversations.Where(c => c.Id == me.ConversationId).Select(c => c.LastMessageAtUtc).First(),
                IsTeam = db.Conversations.Any(c => c.Id == me.ConversationId && c.Kind == ConversationKind.Team),
                Unread = db.Messages.Count(m => m.ConversationId == me.ConversationId && m.SenderId != userId && m.SentAtUtc > me.LastReadAtUtc),
            })
            .ToListAsync(ct);
        var others = rows.Select(r => r.OtherId).ToList();
        var profiles = await db.Profiles.AsNoTracking().Where(p => others.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, ct);
        return rows.OrderByDescending(r => r.LastAt)
            .Select(r => new InboxItem(r.ConversationId, r.Project ?? "",
                r.IsTeam ? "Team" : profiles.GetValueOrDefault(r.OtherId ?? "")?.DisplayName ?? "?",
                r.IsTeam ? null : profiles.GetValueOrDefault(r.OtherId ?? "")?.AvatarPath, r.Last, r.LastAt, r.Unread))
            .ToList();
    }
}
