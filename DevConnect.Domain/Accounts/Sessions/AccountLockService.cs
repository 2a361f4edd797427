using Microsoft.AspNetCore.Identity;

namespace DevConnect.Domain.Accounts.Sessions;

/// <summary>
/// Locks an account until a given time and signs it out everywhere: the new security stamp ends every session.
/// The lockout after failed logins does not come here on purpose: anyone who knows an email could otherwise
/// sign its owner out of every device by typing five wrong passwords.
/// </summary>
public sealed class AccountLockService(UserManager<DevConnectUser> users)
{
    public async Task<bool> LockAsync(string userId, DateTimeOffset until)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        var locked = await users.SetLockoutEnabledAsync(user, true);
        if (locked.Succeeded)
        {
            locked = await users.SetLockoutEndDateAsync(user, until);
        }

        return locked.Succeeded && (await users.UpdateSecurityStampAsync(user)).Succeeded;
    }
}
