using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Profiles;

internal sealed class DeveloperProfileConfiguration : IEntityTypeConfiguration<DeveloperProfile>
{
    public void Configure(EntityTypeBuilder<DeveloperProfile> profile)
    {
        profile.ToTable("Profiles");
        profile.Property(p => p.DisplayName).HasMaxLength(DeveloperProfile.DisplayNameMaxLength).IsRequired();
        profile.Property(p => p.Handle).HasMaxLength(Handle.MaxLength).IsRequired();
        profile.Property(p => p.Headline).HasMaxLength(DeveloperProfile.HeadlineMaxLength);
        profile.Property(p => p.Location).HasMaxLength(DeveloperProfile.LocationMaxLength);
        profile.Property(p => p.AvatarPath).HasMaxLength(300);
        profile.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        // The unique index is what decides a race for a handle; the service's check only gives a nicer message first.
        profile.HasIndex(p => p.Handle).IsUnique();
        profile.HasIndex(p => p.UserId).IsUnique();
        profile.HasIndex(p => new { p.IsListedInDirectory, p.CreatedAtUtc });
        profile.HasOne(p => p.User)
            .WithOne(u => u.Profile)
            .HasForeignKey<DeveloperProfile>(p => p.UserId)
            .OnDelete(DeleteBehavior.Cascade);
        profile.Ignore(p => p.Initials);
        profile.Property(p => p.TimeZone).HasMaxLength(64);
        profile.Property(p => p.Bio).HasMaxLength(ProfileRules.BioMaxLength);
        profile.Property(p => p.WantsToLearn).HasMaxLength(DeveloperProfile.WantsToLearnMaxLength);
        profile.Ignore(p => p.WantsToLearnTags);
        profile.Property(p => p.HiddenReason).HasMaxLength(Moderation.AuditEntry.ReasonMaxLength);
        profile.Ignore(p => p.Moderation);
        profile.Property(p => p.PreferredCommitment).HasConversion<string>().HasMaxLength(20);
        profile.Property(p => p.Version).IsConcurrencyToken();
        profile.HasMany(p => p.Skills).WithOne().HasForeignKey(s => s.ProfileId).OnDelete(DeleteBehavior.Cascade);
        profile.HasMany(p => p.Experiences).WithOne().HasForeignKey(e => e.ProfileId).OnDelete(DeleteBehavior.Cascade);
        profile.HasMany(p => p.Education).WithOne().HasForeignKey(e => e.ProfileId).OnDelete(DeleteBehavior.Cascade);
        profile.HasMany(p => p.Links).WithOne().HasForeignKey(l => l.ProfileId).OnDelete(DeleteBehavior.Cascade);
        profile.Navigation(p => p.Skills).UsePropertyAccessMode(PropertyAccessMode.Field);
        profile.Navigation(p => p.Experiences).UsePropertyAccessMode(PropertyAccessMode.Field);
        profile.Navigation(p => p.Education).UsePropertyAccessMode(PropertyAccessMode.Field);
        profile.Navigation(p => p.Links).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProfileSkillConfiguration : IEntityTypeConfiguration<ProfileSkill>
{
    public void Configure(EntityTypeBuilder<ProfileSkill> skill)
    {
        skill.HasKey(s => new { s.ProfileId, s.Tag });
        skill.Property(s => s.Tag).HasMaxLength(Tags.MaxLength);
        skill.Property(s => s.Level).HasConversion<string>().HasMaxLength(20);
        // Directory filter: people by skill.
        skill.HasIndex(s => new { s.Tag, s.ProfileId });
    }
}

internal sealed class ExperienceConfiguration : IEntityTypeConfiguration<Experience>
{
    public void Configure(EntityTypeBuilder<Experience> experience)
    {
        experience.ToTable("Experiences");
        experience.Property(e => e.Title).HasMaxLength(ProfileRules.TitleMaxLength);
        experience.Property(e => e.Organisation).HasMaxLength(ProfileRules.OrganisationMaxLength);
        experience.Property(e => e.Description).HasMaxLength(ProfileRules.EntryDescriptionMaxLength);
    }
}

internal sealed class EducationConfiguration : IEntityTypeConfiguration<Education>
{
    public void Configure(EntityTypeBuilder<Education> education)
    {
        education.ToTable("Education");
        education.Property(e => e.School).HasMaxLength(ProfileRules.SchoolMaxLength);
        education.Property(e => e.Degree).HasMaxLength(ProfileRules.TitleMaxLength);
        education.Property(e => e.Field).HasMaxLength(ProfileRules.TitleMaxLength);
    }
}

internal sealed class ProfessionalLinkConfiguration : IEntityTypeConfiguration<ProfessionalLink>
{
    public void Configure(EntityTypeBuilder<ProfessionalLink> link)
    {
        link.ToTable("ProfileLinks");
        link.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        link.Property(l => l.Url).HasMaxLength(ProfileRules.UrlMaxLength);
    }
}
