using DevConnect.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DevConnect.App.Components.Account;

/// <summary>
/// Identity answers an unknown email at once but hashes the password of a known one (~100 ms), so the answer
/// time tells who has an account. Here an unknown email costs the same hash verification.
/// </summary>
internal sealed class DevConnectSignInManager(
    UserManager<DevConnectUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<DevConnectUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<DevConnectUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<DevConnectUser> confirmation,
    UnknownUserPasswordCheck unknownUsers,
    DevConnect.Domain.Moderation.MemberModerationService suspensions,
    TimeProvider clock)
    : SignInManager<DevConnectUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            unknownUsers.SpendSameWork(password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>
    /// A suspended member is refused after the password is checked, so the answer tells only the account's owner that
    /// it is suspended. A suspension whose time is up is lifted here rather than at the next hourly round.
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(DevConnectUser user, string password, bool lockoutOnFailure)
    {
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (!result.Succeeded || user.SuspendedAtUtc is null)
        {
            return result;
        }

        if (user.IsSuspended(clock.GetUtcNow().UtcDateTime))
        {
            return new SuspendedSignInResult(user.SuspendedUntilUtc);
        }

        await suspensions.LiftExpiredAsync(user.Id);
        return result;
    }
}

/// <summary>Refused because a moderator suspended the account, until <see cref="UntilUtc"/> or, without it, for good.</summary>
public sealed class SuspendedSignInResult : SignInResult
{
    public SuspendedSignInResult(DateTime? untilUtc)
    {
        IsNotAllowed = true;
        UntilUtc = untilUtc;
    }

    public DateTime? UntilUtc { get; }
}

/// <summary>Verifies a password against a hash made once with the app's own hasher, so the cost matches a real account's.</summary>
internal sealed class UnknownUserPasswordCheck(IPasswordHasher<DevConnectUser> hasher)
{
    private static readonly DevConnectUser _nobody = new() { UserName = "nobody" };
    private readonly Lazy<string> _hash = new(() => hasher.HashPassword(_nobody, Guid.NewGuid().ToString("N")));

    public void SpendSameWork(string password) => hasher.VerifyHashedPassword(_nobody, _hash.Value, password);
}
