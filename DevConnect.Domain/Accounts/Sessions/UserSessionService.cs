using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Accounts.Sessions;

/// <summary>Bound from <c>Sessions</c>.</summary>
public sealed class UserSessionOptions
{
    public const string Section = "Sessions";

    /// <summary>A session's "last seen" is written at most this often, so browsing costs reads, not writes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan LastSeenWriteInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the security stamp is checked by the cookie handler and open circuits re-check their session.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ValidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a server trusts a session it read without reading it again (<see cref="KeptSessions"/>). What ends a
    /// session through DevConnect or Identity is seen at once on this server and as soon as its event arrives on the
    /// others; this bounds only what publishes nothing. Zero reads the database on every request.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan KeptFor { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// The server-side record of who is signed in where. A session is active while it is neither ended nor expired
/// and was written with the user's current security stamp: changing the password (or the email, or locking the
/// account) changes the stamp and so ends every session that was opened before, on the very next request (on another
/// server, as soon as its <see cref="SessionsEnded"/> arrives: sessions are kept in memory, <see cref="KeptSessions"/>).
/// </summary>
public sealed class UserSessionService(IDbContextFactory<DevConnectDbContext> dbFactory, KeptSessions kept, TimeProvider clock, IOptions<UserSessionOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>256 random bits: the id is what the cookie carries, so it must not be guessable.</summary>
    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    public async Task StartAsync(string sessionId, SessionTicket ticket, string? userAgent, string? ipAddress, CancellationToken ct = default)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Housekeeping at sign-in keeps the table as small as the number of live devices.
        await db.UserSessions
            .Where(s => s.UserId == ticket.UserId && (s.RevokedAtUtc != null || s.ExpiresAtUtc <= now || s.SecurityStamp != ticket.SecurityStamp))
            .ExecuteDeleteAsync(ct);
        db.UserSessions.Add(UserSession.Start(sessionId, ticket, DeviceDescription.FromUserAgent(userAgent), ipAddress, now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The ticket of an active session, or null when it is over; notes that it was seen (not more often than configured).
    /// Kept between requests (<see cref="KeptSessions"/>): every page a member opens starts here.
    /// </summary>
    public async Task<byte[]?> ResumeAsync(string sessionId, CancellationToken ct = default)
    {
        var now = Now;
        if (kept.Find(sessionId, now) is { } known)
        {
            if (now - known.LastSeenAtUtc >= options.Value.LastSeenWriteInterval)
            {
                await using var seen = await dbFactory.CreateDbContextAsync(ct);
                await NoteSeenAsync(seen, sessionId, now, ct);
                kept.Seen(sessionId, known, now);
            }

            return known.Ticket;
        }

        var generation = kept.Generation;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await Active(db, now)
            .Where(s => s.Id == sessionId)
            .Select(s => new { s.UserId, s.Ticket, s.ExpiresAtUtc, s.LastSeenAtUtc })
            .FirstOrDefaultAsync(ct);
        if (session is null)
        {
            return null;
        }

        var lastSeen = session.LastSeenAtUtc;
        if (now - lastSeen >= options.Value.LastSeenWriteInterval)
        {
            await NoteSeenAsync(db, sessionId, now, ct);
            lastSeen = now;
        }

        kept.Keep(sessionId, new KeptSessions.Kept(session.UserId, session.Ticket, session.ExpiresAtUtc, lastSeen, kept.KeptUntil(now)), generation);
        return session.Ticket;
    }

    public async Task<bool> IsActiveAsync(string sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Active(db, Now).AnyAsync(s => s.Id == sessionId, ct);
    }

    /// <summary>
    /// Replaces the ticket of a session that is still going: sliding expiration, a fresh security-stamp check, or a
    /// sign-in over it (ASP.NET renews a session in place when its cookie came with the request, e.g. after a password
    /// change). Only for the session's own user. A sign-in as someone else over a live cookie (a shared computer, or a
    /// cookie planted to fix the session) ends that session instead: moving it to the new member would hand their
    /// account to whoever kept a copy of the cookie, and keeping it would leave the browser in the old account. The
    /// browser is then signed out, and its next sign-in starts a session of its own.
    /// </summary>
    public async Task RenewAsync(string sessionId, SessionTicket ticket, CancellationToken ct = default)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.UserSessions
            .Where(s => s.Id == sessionId && s.UserId == ticket.UserId && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Ticket, ticket.Bytes)
                .SetProperty(s => s.SecurityStamp, ticket.SecurityStamp)
                .SetProperty(s => s.ExpiresAtUtc, ticket.ExpiresAtUtc)
                .SetProperty(s => s.LastSeenAtUtc, now), ct);
        await db.UserSessions
            .Where(s => s.Id == sessionId && s.UserId != ticket.UserId && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAtUtc, now), ct);
        await kept.EndedAsync(new SessionsEnded(null, sessionId));
    }

    /// <summary>Log out: the session ends whoever holds its cookie.</summary>
    public async Task EndAsync(string sessionId, CancellationToken ct = default)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.UserSessions.Where(s => s.Id == sessionId && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAtUtc, now), ct);
        await kept.EndedAsync(new SessionsEnded(null, sessionId));
    }

    /// <summary>"Sign out this device": only the session's own user may end it; false when there was nothing of theirs to end.</summary>
    public async Task<bool> EndAsync(string userId, string sessionId, CancellationToken ct = default)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ended = await db.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAtUtc, now), ct) > 0;
        if (ended)
        {
            await kept.EndedAsync(new SessionsEnded(userId, sessionId));
        }

        return ended;
    }

    /// <summary>"Sign out all other devices": returns how many sessions ended.</summary>
    public async Task<int> EndOthersAsync(string userId, string keepSessionId, CancellationToken ct = default)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ended = await db.UserSessions.Where(s => s.UserId == userId && s.Id != keepSessionId && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAtUtc, now), ct);
        // The kept one is forgotten too: it is simply read again.
        await kept.EndedAsync(new SessionsEnded(userId, null));
        return ended;
    }

    /// <summary>The user's active sessions, most recently seen first.</summary>
    public async Task<IReadOnlyList<SessionSummary>> ListAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Active(db, Now)
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.LastSeenAtUtc)
            .Select(s => new SessionSummary(s.Id, s.Device, s.IpAddress, s.CreatedAtUtc, s.LastSeenAtUtc))
            .ToListAsync(ct);
    }

    private static Task NoteSeenAsync(DevConnectDbContext db, string sessionId, DateTime now, CancellationToken ct) =>
        db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAtUtc, now), ct);

    private static IQueryable<UserSession> Active(DevConnectDbContext db, DateTime now) =>
        db.UserSessions.Where(s => s.RevokedAtUtc == null && s.ExpiresAtUtc > now
            && db.Users.Any(u => u.Id == s.UserId && u.SecurityStamp == s.SecurityStamp));
}
