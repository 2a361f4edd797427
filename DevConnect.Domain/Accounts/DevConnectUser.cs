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

    /// <summary>Set while a moderator has suspended the account; with no end it is for good.</summary>
    public DateTime? SuspendedAtUtc { get; set; }

    public DateTime? SuspendedUntilUtc { get; set; }

    public string? SuspensionReason { get; set; }

    /// <summary>Suspended at <paramref name="nowUtc"/>: cannot sign in, and nothing of theirs is public.</summary>
    public bool IsSuspended(DateTime nowUtc) => SuspendedAtUtc is not null && (SuspendedUntilUtc is null || SuspendedUntilUtc > nowUtc);
}

public enum EmailFrequency
{
    Immediately = 0,
    DailyDigest = 1,
    Off = 2,
}
