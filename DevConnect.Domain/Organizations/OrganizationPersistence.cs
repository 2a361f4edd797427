using DevConnect.Domain.Accounts;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> organization)
    {
        organization.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
        organization.Property(o => o.Handle).HasMaxLength(Profiles.Handle.MaxLength).IsRequired();
        organization.HasIndex(o => o.Handle).IsUnique();
        organization.Property(o => o.LogoPath).HasMaxLength(200);
        organization.Property(o => o.Description).HasMaxLength(Organization.DescriptionMaxLength).IsRequired();
        organization.Property(o => o.Website).HasMaxLength(Organization.WebsiteMaxLength);
        organization.Property(o => o.VerifiedDomain).HasMaxLength(OrganizationToken.EmailMaxLength);
        organization.Property(o => o.Version).IsConcurrencyToken();
        organization.Ignore(o => o.IsVerified);
        organization.HasIndex(o => o.Name);
        organization.HasMany(o => o.Tags).WithOne().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        organization.HasMany(o => o.Locations).WithOne().HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        organization.HasMany(o => o.Members).WithOne().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        organization.Navigation(o => o.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);
        organization.Navigation(o => o.Locations).UsePropertyAccessMode(PropertyAccessMode.Field);
        organization.Navigation(o => o.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OrganizationTagConfiguration : IEntityTypeConfiguration<OrganizationTag>
{
    public void Configure(EntityTypeBuilder<OrganizationTag> tag)
    {
        tag.HasKey(t => new { t.OrganizationId, t.Tag });
        tag.Property(t => t.Tag).HasMaxLength(Tags.MaxLength);
        // The directory's technology filter: organizations by tag.
        tag.HasIndex(t => new { t.Tag, t.OrganizationId });
    }
}

internal sealed class OrganizationLocationConfiguration : IEntityTypeConfiguration<OrganizationLocation>
{
    public void Configure(EntityTypeBuilder<OrganizationLocation> location)
    {
        location.HasKey(l => new { l.OrganizationId, l.Key });
        location.Property(l => l.Key).HasMaxLength(Organization.LocationMaxLength);
        location.Property(l => l.Name).HasMaxLength(Organization.LocationMaxLength).IsRequired();
        location.HasIndex(l => new { l.Key, l.OrganizationId });
    }
}

internal sealed class OrganizationMemberConfiguration : IEntityTypeConfiguration<OrganizationMember>
{
    public void Configure(EntityTypeBuilder<OrganizationMember> member)
    {
        member.HasKey(m => new { m.OrganizationId, m.UserId });
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        member.HasOne<DevConnectUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        member.HasIndex(m => m.UserId);
    }
}

internal sealed class OrganizationTokenConfiguration : IEntityTypeConfiguration<OrganizationToken>
{
    public void Configure(EntityTypeBuilder<OrganizationToken> token)
    {
        token.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(20);
        token.Property(t => t.Email).HasMaxLength(OrganizationToken.EmailMaxLength).IsRequired();
        token.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        token.HasIndex(t => t.TokenHash).IsUnique();
        token.Property(t => t.CreatedById).IsRequired();
        token.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        token.HasIndex(t => new { t.OrganizationId, t.CreatedAtUtc });
    }
}
