using System.Text.RegularExpressions;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Moderation;

/// <summary>
/// The cheapest spam is a fresh account posting a link. A project or profile whose text carries a link (http, https
/// or www) waits for a moderator when its author's account is younger than <see cref="ModerationOptions.NewAccountAge"/>
/// or their email is not confirmed. A repository link (the GitHub field) and a profile's professional links are the
/// forms' own fields, checked per kind, and do not count.
/// </summary>
public sealed partial class LinkHold(IOptions<ModerationOptions> options, TimeProvider clock)
{
    public static bool HasLink(params string?[] texts) => texts.Any(t => t is not null && LinkPattern().IsMatch(t));

    /// <summary>Whether what <paramref name="userId"/> saves with <paramref name="texts"/> waits for a review.</summary>
    internal async Task<bool> HoldsAsync(DevConnectDbContext db, string userId, CancellationToken ct, params string?[] texts)
    {
        if (!HasLink(texts))
        {
            return false;
        }

        var account = await db.Users.Where(u => u.Id == userId).Select(u => new { u.CreatedAtUtc, u.EmailConfirmed }).SingleOrDefaultAsync(ct);
        return account is not null && (!account.EmailConfirmed || clock.GetUtcNow().UtcDateTime - account.CreatedAtUtc < options.Value.NewAccountAge);
    }

    [GeneratedRegex(@"(https?://|\bwww\.)[^\s]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
