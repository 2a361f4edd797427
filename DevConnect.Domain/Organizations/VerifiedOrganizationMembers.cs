using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Organizations;

/// <summary>
/// Everyone who belongs to a verified organization: the few members who may write to developers for one. Every
/// signed-in visit of a profile asks whether its viewer is one of them (the contact panel), and a CPU trace of
/// <c>/u/{handle}</c> under load put that question, asked of the database, at a fifth of the request. The set is read
/// once for everyone; it is read again after any organization is saved on this server (every organization write goes
/// through <see cref="OrganizationService.SaveAsync"/>), and after <see cref="StampedReads{T}.MaxAge"/> at most for a
/// change made on another. Only the panel's offer can be that late: contacting checks membership in the database.
/// </summary>
public sealed class VerifiedOrganizationMembers
{
    // Static: SaveAsync is a static helper shared by the organization services. A change in another app instance in
    // the same process (tests) only costs this one a read.
    private static long s_generation;

    private readonly IDbContextFactory<DevConnectDbContext> _dbFactory;
    private readonly StampedReads<HashSet<string>> _members;

    public VerifiedOrganizationMembers(IDbContextFactory<DevConnectDbContext> dbFactory, TimeProvider clock)
    {
        _dbFactory = dbFactory;
        _members = new StampedReads<HashSet<string>>(clock, maxEntries: 1, () => Volatile.Read(ref s_generation));
    }

    /// <summary>Whether the member belongs to at least one verified organization.</summary>
    public async Task<bool> IncludesAsync(string userId, CancellationToken ct = default) =>
        (await _members.GetAsync("", ReadAsync, ct)).Contains(userId);

    internal static void Changed() => Interlocked.Increment(ref s_generation);

    private async Task<HashSet<string>> ReadAsync(CancellationToken ct)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        var members = await db.Organizations.Where(o => o.VerifiedAtUtc != null)
            .SelectMany(o => o.Members.Select(m => m.UserId)).Distinct().ToListAsync(ct);
        return members.ToHashSet(StringComparer.Ordinal);
    }
}
