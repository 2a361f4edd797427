using System.Security.Cryptography;
using System.Text;

namespace DevConnect.Domain.Organizations;

public enum OrganizationTokenPurpose
{
    Invitation = 0,
    Verification = 1,
}

/// <summary>
/// A link sent by email on behalf of an organization: an invitation to join, or the confirmation that an address at
/// the website's domain reads its mail. Only the hash of the secret is stored; each link works once, for a week.
/// </summary>
public sealed class OrganizationToken
{
    public const int EmailMaxLength = 256;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private OrganizationToken()
    {
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public OrganizationTokenPurpose Purpose { get; private set; }

    public string Email { get; private set; } = "";

    public string TokenHash { get; private set; } = "";

    public string CreatedById { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    public bool IsUsableAt(DateTime nowUtc) => UsedAtUtc is null && nowUtc < CreatedAtUtc + Lifetime;

    /// <summary>The row, and the secret that goes into the link (never stored).</summary>
    internal static (OrganizationToken Token, string Secret) Create(int organizationId, OrganizationTokenPurpose purpose, string email, string createdById, DateTime nowUtc)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new OrganizationToken
        {
            OrganizationId = organizationId,
            Purpose = purpose,
            Email = email,
            TokenHash = HashOf(secret),
            CreatedById = createdById,
            CreatedAtUtc = nowUtc,
        }, secret);
    }

    internal static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? "")));

    internal void Use(DateTime nowUtc) => UsedAtUtc = nowUtc;
}
