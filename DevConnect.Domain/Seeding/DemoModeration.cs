using DevConnect.Domain.Accounts;
using DevConnect.Domain.Moderation;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Seeding;

/// <summary>The demo moderator (not in the directory) and a few open reports, so the dashboard has work on a fresh clone.</summary>
internal static class DemoModeration
{
    public const string ModeratorHandle = "moderator";

    public static async Task SeedAsync(DevConnectDbContext db, string passwordHash, ILookupNormalizer normalizer, DateTime now, CancellationToken ct)
    {
        var email = $"{ModeratorHandle}@{DemoDataSeeder.DemoEmailDomain}";
        var joined = now.AddDays(-90);
        var profile = DeveloperProfile.Create("Morgan Blake", ModeratorHandle, joined);
        profile.Apply(new ProfileDraft
        {
            DisplayName = "Morgan Blake",
            Handle = ModeratorHandle,
            Headline = "Keeps DevConnect friendly and safe",
            IsListedInDirectory = false,
        }, joined);
        var moderator = DemoAccounts.Create(email, passwordHash, normalizer, joined, profile);
        db.Users.Add(moderator);
        var role = new IdentityRole(ModerationAccess.ModeratorRole) { NormalizedName = ModerationAccess.NormalizedModeratorRole };
        db.Roles.Add(role);
        await db.SaveChangesAsync(ct);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = moderator.Id, RoleId = role.Id });

        var people = await db.Profiles.ToDictionaryAsync(p => p.Handle, p => p.UserId, ct);
        var relay = await db.Projects.Where(p => p.Name == "Gopher Relay").Select(p => new { p.Id, p.OwnerId }).SingleAsync(ct);
        var relayId = relay.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.Reports.Add(new Report(people["mei-tanaka"], ReportedItemKind.Project, relayId, relay.OwnerId, ReportReason.Spam,
            "The description reads like an advert for a paid hosting service.", now.AddHours(-5)));
        db.Reports.Add(new Report(people["sofia-rossi"], ReportedItemKind.Project, relayId, relay.OwnerId, ReportReason.Scam, null, now.AddHours(-2)));
        db.Reports.Add(new Report(people["lucas-martin"], ReportedItemKind.Profile, people["ethan-walker"], people["ethan-walker"], ReportReason.Inappropriate,
            "The headline makes fun of beginners.", now.AddHours(-9)));
        // The applicant's first message in the declined Tide Tables conversation, reported by the owner who read it.
        var message = await db.Messages.Where(m => m.SenderId == people["ethan-walker"]).OrderBy(m => m.Id).Select(m => new { m.Id, m.SenderId }).FirstAsync(ct);
        db.Reports.Add(new Report(people["mei-tanaka"], ReportedItemKind.ChatMessage, message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), message.SenderId,
            ReportReason.Other, "Keeps asking for my phone number in private messages.", now.AddHours(-1)));
        await db.SaveChangesAsync(ct);
    }
}
