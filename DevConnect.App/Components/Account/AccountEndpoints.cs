using DevConnect.App.Infrastructure;
using DevConnect.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DevConnect.App.Components.Account;

internal static class AccountEndpoints
{
    /// <summary>Log out is a POST (with antiforgery) so a link on another site cannot sign people out.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async (
            [FromServices] SignInManager<DevConnectUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(PreferenceEndpoints.SafeReturnUrl("/" + returnUrl?.TrimStart('/')));
        });
        return endpoints;
    }
}
