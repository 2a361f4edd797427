using System.Security.Cryptography;
using DevConnect.Domain.Messaging;
using Microsoft.AspNetCore.DataProtection;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Unsubscribe links signed and encrypted with Data Protection: they name one user, cannot be forged or edited
/// to name another, and expire after 90 days.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider provider) : IUnsubscribeTokens
{
    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("DevConnect.Unsubscribe.v1").ToTimeLimitedDataProtector();

    public string Create(string userId) => _protector.Protect(userId, TimeSpan.FromDays(90));

    public string? Read(string token)
    {
        try
        {
            return _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
