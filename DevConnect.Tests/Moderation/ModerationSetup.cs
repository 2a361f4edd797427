using DevConnect.Domain.Moderation;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Tests.Moderation;

/// <summary>Moderators and reported items for the moderation tests, made the way the app makes them.</summary>
internal static class ModerationSetup
{
    public const string AdminEmail = "admin@example.com";

    /// <summary>The harness settings that make <see cref="AdminEmail"/> an administrator.</summary>
    public static Dictionary<string, string?> AdminSettings => new() { ["Admin:Emails:0"] = AdminEmail };

    /// <summary>A member with the Moderator role, as an administrator grants it (here straight into Identity's tables).</summary>
    public static async Task<string> ModeratorAsync(DomainHarness domain, string name = "Mo Derator")
    {
        var id = await domain.CreateMemberAsync(name);
        await using var db = await domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        var role = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == ModerationAccess.NormalizedModeratorRole);
        if (role is null)
        {
            role = new IdentityRole(ModerationAccess.ModeratorRole) { NormalizedName = ModerationAccess.NormalizedModeratorRole };
            db.Roles.Add(role);
        }

        db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = role.Id });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>Registers the administrator named in <see cref="AdminSettings"/>, email confirmed.</summary>
    public static async Task<string> AdministratorAsync(DomainHarness domain)
    {
        var result = await domain.InScopeAsync<DevConnect.Domain.Accounts.RegistrationService, DevConnect.Domain.Accounts.RegistrationResult>(
            r => r.RegisterAsync(new DevConnect.Domain.Accounts.RegistrationRequest(AdminEmail, "Ada Admin", null, "a long enough passphrase")));
        Assert.True(result.Succeeded);
        await using var db = await domain.Get<IDbContextFactory<DevConnectDbContext>>().CreateDbContextAsync();
        await db.Users.Where(u => u.Id == result.User!.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.EmailConfirmed, true));
        return result.User!.Id;
    }

    public static async Task<int> PostAsync(DomainHarness domain, string ownerId, string name, string description = "A plain description.", string tag = "rust")
    {
        var result = await domain.Get<ProjectService>().CreateAsync(ownerId, new ProjectDraft
        {
            Name = name, Summary = "A project the moderation tests use", Description = description, Status = ProjectStatus.Recruiting, Tags = [tag],
            Roles = [new RoleDraft("backend", true)],
        });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
        return result.ProjectId!.Value;
    }

    public static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
