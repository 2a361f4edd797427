using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.GitHub;

internal sealed class GitHubRepoSnapshotConfiguration : IEntityTypeConfiguration<GitHubRepoSnapshot>
{
    public void Configure(EntityTypeBuilder<GitHubRepoSnapshot> repo)
    {
        repo.HasIndex(r => r.Key).IsUnique();
        repo.HasIndex(r => r.NextRefreshAtUtc);
        repo.Property(r => r.Key).HasMaxLength(140);
        repo.Property(r => r.FullName).HasMaxLength(140);
        repo.Property(r => r.Description).HasMaxLength(1000);
        repo.Property(r => r.Topics).HasMaxLength(1000);
        repo.Property(r => r.License).HasMaxLength(100);
        repo.Property(r => r.Homepage).HasMaxLength(300);
        repo.Property(r => r.DefaultBranch).HasMaxLength(100);
        repo.Property(r => r.ETag).HasMaxLength(200);
        repo.Property(r => r.LastError).HasMaxLength(300);
        repo.HasMany(r => r.Languages).WithOne().HasForeignKey(l => l.SnapshotId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GitHubRepoLanguageConfiguration : IEntityTypeConfiguration<GitHubRepoLanguage>
{
    public void Configure(EntityTypeBuilder<GitHubRepoLanguage> language)
    {
        language.HasKey(l => new { l.SnapshotId, l.Name });
        language.Property(l => l.Name).HasMaxLength(60);
        language.Property(l => l.Tag).HasMaxLength(Tags.MaxLength);
        language.HasIndex(l => l.Tag);
        // Matching's candidates: the newest repositories in one language, read from the top without sorting them all.
        language.HasIndex(l => new { l.Tag, l.SnapshotId }, "IX_GitHubRepoLanguages_Tag_Snapshot");
    }
}

internal sealed class GitHubUserSnapshotConfiguration : IEntityTypeConfiguration<GitHubUserSnapshot>
{
    public void Configure(EntityTypeBuilder<GitHubUserSnapshot> user)
    {
        user.HasIndex(u => u.Login).IsUnique();
        user.Property(u => u.Login).HasMaxLength(39);
        user.Property(u => u.AvatarUrl).HasMaxLength(300);
        user.Property(u => u.LastError).HasMaxLength(300);
    }
}
