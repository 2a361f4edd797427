using DevConnect.Domain.Accounts;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Opportunities;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> opportunity)
    {
        opportunity.ToTable("Opportunities");
        opportunity.Property(o => o.Type).HasConversion<string>().HasMaxLength(30);
        opportunity.Property(o => o.Level).HasConversion<string>().HasMaxLength(20);
        opportunity.Property(o => o.SalaryPeriod).HasConversion<string>().HasMaxLength(10);
        opportunity.Property(o => o.Title).HasMaxLength(Opportunity.TitleMaxLength).IsRequired();
        opportunity.Property(o => o.Description).HasMaxLength(Opportunity.DescriptionMaxLength).IsRequired();
        opportunity.Property(o => o.Location).HasMaxLength(Opportunity.LocationMaxLength);
        opportunity.Property(o => o.Currency).HasMaxLength(3);
        opportunity.Property(o => o.PublishedById).IsRequired();
        opportunity.Property(o => o.Version).IsConcurrencyToken();
        // The list: open ones, newest first; an organization's own.
        opportunity.HasIndex(o => new { o.IsOpen, o.CreatedAtUtc });
        opportunity.HasIndex(o => new { o.OrganizationId, o.IsOpen });
        opportunity.HasOne<Organization>().WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        opportunity.HasOne<Project>().WithMany().HasForeignKey(o => o.ProjectId).OnDelete(DeleteBehavior.SetNull);
        opportunity.HasMany(o => o.Skills).WithOne().HasForeignKey(s => s.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        opportunity.Navigation(o => o.Skills).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OpportunitySkillConfiguration : IEntityTypeConfiguration<OpportunitySkill>
{
    public void Configure(EntityTypeBuilder<OpportunitySkill> skill)
    {
        skill.ToTable("OpportunitySkills");
        skill.HasKey(s => new { s.OpportunityId, s.Tag });
        skill.Property(s => s.Tag).HasMaxLength(Tags.MaxLength);
        skill.HasIndex(s => new { s.Tag, s.OpportunityId });
    }
}

internal sealed class OpportunityApplicationConfiguration : IEntityTypeConfiguration<OpportunityApplication>
{
    public void Configure(EntityTypeBuilder<OpportunityApplication> application)
    {
        application.ToTable("OpportunityApplications");
        application.Property(a => a.Message).HasMaxLength(OpportunityApplication.MessageMaxLength).IsRequired();
        application.Property(a => a.DecisionNote).HasMaxLength(Applications.ProjectApplication.NoteMaxLength);
        application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.Version).IsConcurrencyToken();
        // At most one pending application per person and opportunity: double clicks, two tabs and crafted requests included.
        application.HasIndex(a => new { a.OpportunityId, a.ApplicantId }).IsUnique().HasFilter("\"Status\" = 'Pending'");
        application.HasIndex(a => new { a.ApplicantId, a.CreatedAtUtc });
        application.HasOne<Opportunity>().WithMany().HasForeignKey(a => a.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        application.HasOne<DevConnectUser>().WithMany().HasForeignKey(a => a.ApplicantId).OnDelete(DeleteBehavior.Cascade);
        application.HasOne<Conversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.SetNull);
    }
}
