using DevConnect.Domain.Accounts;
using DevConnect.Domain.Profiles;
using Microsoft.AspNetCore.Identity;

namespace DevConnect.Domain.Seeding;

/// <summary>A demo member's account as registration would leave it: confirmed, the shared demo password, lockout on.</summary>
internal static class DemoAccounts
{
    public static DevConnectUser Create(string email, string passwordHash, ILookupNormalizer normalizer, DateTime joined, DeveloperProfile profile) => new()
    {
        UserName = email,
        NormalizedUserName = normalizer.NormalizeName(email),
        Email = email,
        NormalizedEmail = normalizer.NormalizeEmail(email),
        EmailConfirmed = true,
        PasswordHash = passwordHash,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        LockoutEnabled = true,
        CreatedAtUtc = joined,
        Profile = profile,
    };
}
