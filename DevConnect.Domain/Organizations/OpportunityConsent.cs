using DevConnect.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Organizations;

public enum OpportunityVisibility
{
    VerifiedOrganizations = 0,
    Nobody = 1,
}

/// <summary>
/// A member's "open to opportunities" choice. Without a row it is off: organizations see nothing and cannot write.
/// Kept apart from the profile so that the consent is its own record, changed only by its member.
/// </summary>
public sealed class OpportunityConsent
{
    private OpportunityConsent()
    {
    }

    public string UserId { get; private set; } = "";

    public bool IsOpen { get; private set; }

    public OpportunityVisibility Visibility { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Whether members of verified organizations may see it and write.</summary>
    public bool AllowsVerifiedOrganizations => IsOpen && Visibility == OpportunityVisibility.VerifiedOrganizations;

    internal static OpportunityConsent For(string userId) => new() { UserId = userId };

    internal void Set(bool isOpen, OpportunityVisibility visibility, DateTime nowUtc)
    {
        IsOpen = isOpen;
        Visibility = visibility;
        UpdatedAtUtc = nowUtc;
    }
}

internal sealed class OpportunityConsentConfiguration : IEntityTypeConfiguration<OpportunityConsent>
{
    public void Configure(EntityTypeBuilder<OpportunityConsent> consent)
    {
        consent.HasKey(c => c.UserId);
        consent.Property(c => c.Visibility).HasConversion<string>().HasMaxLength(30);
        consent.Ignore(c => c.AllowsVerifiedOrganizations);
        consent.HasOne<DevConnectUser>().WithOne().HasForeignKey<OpportunityConsent>(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
