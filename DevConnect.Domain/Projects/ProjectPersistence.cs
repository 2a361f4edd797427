using DevConnect.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> project)
    {
        project.Property(p => p.OwnerId).IsRequired();
        project.Property(p => p.Name).HasMaxLength(Project.NameMaxLength).IsRequired();
        project.Property(p => p.Slug).HasMaxLength(60).IsRequired();
        project.Property(p => p.Summary).HasMaxLength(Project.SummaryMaxLength).IsRequired();
        project.Property(p => p.Description).HasMaxLength(Project.DescriptionMaxLength).IsRequired();
        project.Property(p => p.GitHubOwner).HasMaxLength(39);
        project.Property(p => p.GitHubRepo).HasMaxLength(100);
        project.Property(p => p.GitHubKey).HasMaxLength(140);
        project.HasIndex(p => p.GitHubKey);
        project.Property(p => p.Website).HasMaxLength(Project.WebsiteMaxLength);
        project.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        project.Property(p => p.Commitment).HasConversion<string>().HasMaxLength(20);
        project.Property(p => p.Version).IsConcurrencyToken();
        project.Ignore(p => p.GitHubUrl);
        project.Ignore(p => p.Moderation);
        project.Property(p => p.HiddenReason).HasMaxLength(Project.HiddenReasonMaxLength);
        project.HasOne<DevConnectUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
        project.Property(p => p.GitHubStars);
        project.Property(p => p.GitHubInactiveFromUtc);
        // The feed's first page, one index per sort, in the sort's exact order (Id breaks ties), carrying every
        // column filter: the page walks the index from the top and tests filters without reading the (large)
        // project rows, so a filter matching 60% of 100k projects stops after a few dozen entries.
        project.HasIndex(p => new { p.CreatedAtUtc, p.Id, p.Status, p.Commitment, p.IsJuniorFriendly, p.GitHubInactiveFromUtc, p.GitHubKey, p.IsPublic }, "IX_Projects_Feed_Newest");
        project.HasIndex(p => new { p.UpdatedAtUtc, p.Id, p.Status, p.Commitment, p.IsJuniorFriendly, p.GitHubInactiveFromUtc, p.GitHubKey, p.IsPublic }, "IX_Projects_Feed_Updated");
        project.HasIndex(p => new { p.GitHubStars, p.CreatedAtUtc, p.Id, p.Status, p.Commitment, p.IsJuniorFriendly, p.GitHubInactiveFromUtc, p.GitHubKey, p.IsPublic }, "IX_Projects_Feed_Stars");
        // Posted under an organization. No foreign key: SQLite adds one only by rebuilding Projects, which would drop
        // the defaults earlier migrations gave its columns. Organizations are never deleted, and an id that names none
        // reads as no organization (ProjectOrganizationRules.DescribeAsync).
        // The organization filter (/projects?org=…) and its page: one organization's projects in the feed's newest-first
        // order, carrying the other column filters and the stars as the sort indexes do, so its page reads no project row.
        project.HasIndex(
            p => new { p.OrganizationId, p.CreatedAtUtc, p.Id, p.Status, p.Commitment, p.IsJuniorFriendly, p.GitHubInactiveFromUtc, p.GitHubKey, p.GitHubStars, p.IsPublic },
            FeedSql.OrganizationIndex);
        project.HasIndex(p => new { p.Status, p.CreatedAtUtc });
        project.HasIndex(p => new { p.OwnerId, p.UpdatedAtUtc });
        project.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        project.HasMany(p => p.Roles).WithOne().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        project.HasMany(p => p.Images).WithOne().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        project.Navigation(p => p.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);
        project.Navigation(p => p.Roles).UsePropertyAccessMode(PropertyAccessMode.Field);
        project.Navigation(p => p.Images).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProjectTagConfiguration : IEntityTypeConfiguration<ProjectTag>
{
    public void Configure(EntityTypeBuilder<ProjectTag> tag)
    {
        tag.HasKey(t => new { t.ProjectId, t.Tag });
        tag.Property(t => t.Tag).HasMaxLength(Tags.MaxLength);
        // Language filter: projects by tag.
        tag.HasIndex(t => new { t.Tag, t.ProjectId });
    }
}

internal sealed class ProjectRoleConfiguration : IEntityTypeConfiguration<ProjectRole>
{
    public void Configure(EntityTypeBuilder<ProjectRole> role) => role.Property(r => r.Name).HasMaxLength(RoleNames.MaxLength).IsRequired();
}

internal sealed class ProjectImageConfiguration : IEntityTypeConfiguration<ProjectImage>
{
    public void Configure(EntityTypeBuilder<ProjectImage> image)
    {
        image.Property(i => i.Key).HasMaxLength(200).IsRequired();
        image.HasIndex(i => i.Key);
        image.HasIndex(i => new { i.ProjectId, i.Position });
        image.Ignore(i => i.IsUpload);
    }
}

internal sealed class UploadedImageConfiguration : IEntityTypeConfiguration<UploadedImage>
{
    public void Configure(EntityTypeBuilder<UploadedImage> upload)
    {
        upload.HasKey(u => new { u.Hash, u.UploadedById });
        upload.Property(u => u.Hash).HasMaxLength(64);
        upload.Property(u => u.ContentType).HasMaxLength(20);
    }
}
