using Microsoft.AspNetCore.Identity;

namespace DevConnect.Domain.Accounts;

/// <summary>
/// Password and lockout rules (OWASP ASVS 5.0, V6): length is what matters, so at least 10 and at most 128
/// characters, no composition rules; five failures lock the account for 15 minutes.
/// </summary>
public static class AccountPolicy
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 128;
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;

        options.User.RequireUniqueEmail = true;
        // Browsing never needs a confirmed email; posting and applying check it themselves.
        options.SignIn.RequireConfirmedAccount = false;
        options.SignIn.RequireConfirmedEmail = false;
        options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
    }
}

/// <summary>Identity has a minimum length but no maximum; a huge password only costs hashing time.</summary>
public sealed class MaxLengthPasswordValidator : IPasswordValidator<DevConnectUser>
{
    public const string Code = "PasswordTooLong";

    public Task<IdentityResult> ValidateAsync(UserManager<DevConnectUser> manager, DevConnectUser user, string? password) =>
        Task.FromResult(password is { Length: > AccountPolicy.MaxPasswordLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = $"Passwords must be at most {AccountPolicy.MaxPasswordLength} characters.",
            })
            : IdentityResult.Success);
}
