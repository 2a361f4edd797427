using System.Security.Claims;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DevConnect.App.Components.Account;

/// <summary>Puts the profile's display name and handle into the sign-in cookie, for the app bar.</summary>
internal sealed class DevConnectClaimsFactory(
    UserManager<DevConnectUser> users,
    IOptions<IdentityOptions> options,
    ProfileService profiles)
    : UserClaimsPrincipalFactory<DevConnectUser>(users, options)
{
    public const string DisplayNameClaim = "devconnect:display_name";
    public const string HandleClaim = "devconnect:handle";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DevConnectUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (await profiles.FindByUserIdAsync(user.Id) is { } profile)
        {
            identity.AddClaim(new Claim(DisplayNameClaim, profile.DisplayName));
            identity.AddClaim(new Claim(HandleClaim, profile.Handle));
        }

        return identity;
    }
}
