using DevConnect.Domain.Accounts;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Applications;

internal sealed class ProjectApplicationConfiguration : IEntityTypeConfiguration<ProjectApplication>
{
    public void Configure(EntityTypeBuilder<ProjectApplication> application)
    {
        application.ToTable("Applications");
        application.Property(a => a.Role).HasMaxLength(RoleNames.MaxLength).IsRequired();
        application.Property(a => a.Message).HasMaxLength(ProjectApplication.MessageMaxLength).IsRequired();
        application.Property(a => a.DecisionNote).HasMaxLength(ProjectApplication.NoteMaxLength);
        application.Property(a => a.MessageHiddenReason).HasMaxLength(Moderation.AuditEntry.ReasonMaxLength);
        application.Property(a => a.Links).HasMaxLength(700);
        application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.Version).IsConcurrencyToken();
        // At most one pending application per person and project: double clicks, two tabs and crafted requests included.
        application.HasIndex(a => new { a.ProjectId, a.ApplicantId }).IsUnique().HasFilter("\"Status\" = 'Pending'");
        application.HasIndex(a => new { a.ApplicantId, a.CreatedAtUtc });
        application.HasIndex(a => new { a.Status, a.ExpiresAtUtc });
        application.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        application.HasOne<DevConnectUser>().WithMany().HasForeignKey(a => a.ApplicantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> member)
    {
        member.HasKey(m => new { m.ProjectId, m.UserId });
        member.Property(m => m.Role).HasMaxLength(RoleNames.MaxLength);
        member.HasIndex(m => m.UserId);
        member.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<DevConnectUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
