using DevConnect.Domain.Profiles;
using Microsoft.AspNetCore.Identity;

namespace DevConnect.Domain.Accounts;

/// <summary>An account. Everything people see of a user lives on <see cref="DeveloperProfile"/>.</summary>
public sealed class DevConnectUser : IdentityUser
{
    public DeveloperProfile? Profile { get; set; }

    public DateTime CreatedAtUtc { get; set; } = DateTime.UtcNow;
}
