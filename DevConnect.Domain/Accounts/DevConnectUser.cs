using DevConnect.Domain.Profiles;
using Microsoft.AspNetCore.Identity;

namespace DevConnect.Domain.Accounts;

/// <summary>An account. Everything people see of a user lives on <see cref="DeveloperProfile"/>.</summary>
public sealed class DevConnectUser : IdentityUser
{
    public DeveloperProfile? Profile { get; set; }

    /// <summary>Set where the account is created (sign-up, demo data), from the domain's clock.</summary>
    public DateTime CreatedAtUtc { get; init; }

    /// <summary>How notifications reach this member by email (in-app ones always do).</summary>
    public EmailFrequency EmailNotifications { get; set; } = EmailFrequency.Immediately;

    public DateTime? LastDigestSentAtUtc { get; set; }
}

public enum EmailFrequency
{
    Immediately = 0,
    DailyDigest = 1,
    Off = 2,
}
