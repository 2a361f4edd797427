using DevConnect.Domain.Accounts;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Safety;

public sealed record BlockedMember(string UserId, string DisplayName, string Handle, string? AvatarPath, DateTime BlockedAtUtc);

/// <summary>
/// Blocking and unblocking. Nothing is deleted: the block is one row, and the rules that read it (applying, starting a
/// conversation, writing in one) refuse while it exists, so unblocking gives everything back as it was.
/// </summary>
public sealed class BlockService(
    IDbContextFactory<DevConnectDbContext> dbFactory, ILiveEvents live, Matching.KeptRankings rankings, TimeProvider clock, ILogger<BlockService> logger) : IDisposable
{
    public const string FormField = "";

    // Whom each member has blocked, for the Block or Unblock on every profile they open (8% of a signed-in profile
    // page under load). A block or unblock publishes SuggestionsChanged on both members' keys (KeptRankings), heard from
    // every server; this server forgets the blocker's set before that goes out.
    private readonly KeyedReadCache<IReadOnlySet<string>> _blocked = new(live, clock, LiveKeys.Profile,
        static (events, key, changed) => events.Subscribe<Matching.SuggestionsChanged>(key, _ => changed()));

    public async Task<DomainResult> BlockAsync(string blockerId, string blockedId, CancellationToken ct = default)
    {
        if (blockerId == blockedId)
        {
            return new DomainResult([new FieldError(FormField, SafetyErrors.BlockSelf, "You cannot block yourself.")]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Users.AnyAsync(u => u.Id == blockedId, ct))
        {
            return new DomainResult([new FieldError(FormField, SafetyErrors.MemberNotFound, "This member no longer exists.")]);
        }

        if (!await db.Set<MemberBlock>().AnyAsync(b => b.BlockerId == blockerId && b.BlockedId == blockedId, ct))
        {
            db.Add(new MemberBlock(blockerId, blockedId, clock.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // A second tab blocked the same member a moment earlier: blocked either way.
            }

            logger.LogInformation("User {BlockerId} blocked user {BlockedId}", blockerId, blockedId);
        }

        await AnnounceSharedConversationsAsync(db, blockerId, blockedId, ct);
        return new DomainResult([]);
    }

    /// <summary>Lifts a block; unblocking someone who is not blocked changes nothing.</summary>
    public async Task UnblockAsync(string blockerId, string blockedId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var removed = await db.Set<MemberBlock>().Where(b => b.BlockerId == blockerId && b.BlockedId == blockedId).ExecuteDeleteAsync(ct);
        if (removed > 0)
        {
            logger.LogInformation("User {BlockerId} unblocked user {BlockedId}", blockerId, blockedId);
            await AnnounceSharedConversationsAsync(db, blockerId, blockedId, ct);
        }
    }

    /// <summary>True when <paramref name="blockerId"/> has blocked <paramref name="otherId"/> (what the blocker's own pages show).</summary>
    public async Task<bool> HasBlockedAsync(string blockerId, string otherId, CancellationToken ct = default)
    {
        var blocked = await _blocked.GetAsync(blockerId, async token =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            var ids = await db.Set<MemberBlock>().Where(b => b.BlockerId == blockerId).Select(b => b.BlockedId).ToListAsync(token);
            return (IReadOnlySet<string>)ids.ToHashSet(StringComparer.Ordinal);
        }, ct: ct);
        return blocked.Contains(otherId);
    }

    public void Dispose() => _blocked.Dispose();

    public async Task<IReadOnlyList<BlockedMember>> ListAsync(string blockerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<MemberBlock>().AsNoTracking().Where(b => b.BlockerId == blockerId)
            .Join(db.Profiles, b => b.BlockedId, p => p.UserId, (b, p) => new { b.BlockedId, p.DisplayName, p.Handle, p.AvatarPath, b.CreatedAtUtc })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.CreatedAtUtc)
            .Select(r => new BlockedMember(r.BlockedId, r.DisplayName, r.Handle, r.AvatarPath, r.CreatedAtUtc)).ToList();
    }

    /// <summary>True when either member has blocked the other: contact between them is cut both ways.</summary>
    internal static Task<bool> AnyBetweenAsync(DevConnectDbContext db, string one, string other, CancellationToken ct) =>
        db.Set<MemberBlock>().AnyAsync(b => (b.BlockerId == one && b.BlockedId == other) || (b.BlockerId == other && b.BlockedId == one), ct);

    // Open conversation pages on both sides close (or reopen) without a reload, and neither is suggested the other's
    // projects any more (or again).
    private async Task AnnounceSharedConversationsAsync(DevConnectDbContext db, string one, string other, CancellationToken ct)
    {
        _blocked.Evict(one);
        await rankings.ChangedAsync(one);
        await rankings.ChangedAsync(other);
        var shared = await db.Conversations
            .Where(c => c.Kind != ConversationKind.Team && c.Participants.Any(p => p.UserId == one) && c.Participants.Any(p => p.UserId == other))
            .Select(c => c.Id).ToListAsync(ct);
        foreach (var id in shared)
        {
            await live.PublishAsync(LiveKeys.Conversation(id), new ConversationChanged(id));
        }
    }
}
