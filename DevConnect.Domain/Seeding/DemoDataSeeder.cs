using DevConnect.Domain.Accounts;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Seeding;

/// <summary>Fills an empty database with a demo community so a fresh clone looks alive.</summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    IPasswordHasher<DevConnectUser> hasher,
    ILookupNormalizer normalizer,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>Every demo account shares this password; it is printed in the README, never used in production.</summary>
    public const string DemoPassword = "devconnect-demo";

    public const string DemoEmailDomain = "demo.devconnect.local";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        // PBKDF2 is slow on purpose: hash the shared demo password once, not 28 times.
        var template = new DevConnectUser();
        var passwordHash = hasher.HashPassword(template, DemoPassword);
        var now = clock.GetUtcNow().UtcDateTime;

        for (var i = 0; i < DemoPeople.All.Length; i++)
        {
            var person = DemoPeople.All[i];
            var email = $"{person.Handle}@{DemoEmailDomain}";
            var joined = now.AddDays(-(DemoPeople.All.Length - i) * 3);
            var profile = DeveloperProfile.Create(person.DisplayName, person.Handle, joined);
            profile.UpdateIntro(person.Headline, person.Location, person.Level, $"img/avatars/{person.Handle}.svg", joined);
            db.Users.Add(new DevConnectUser
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
            });
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded {Count} demo users", DemoPeople.All.Length);
    }
}
