using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.GitHub;

internal sealed class GitHubBudgetStateConfiguration : IEntityTypeConfiguration<GitHubBudgetState>
{
    public void Configure(EntityTypeBuilder<GitHubBudgetState> budget)
    {
        budget.ToTable("GitHubBudget");
        // One row, always the same id: servers sharing the database share the budget.
        budget.Property(b => b.Id).ValueGeneratedNever();
    }
}

internal sealed class GitHubCachedResponseConfiguration : IEntityTypeConfiguration<GitHubCachedResponse>
{
    public void Configure(EntityTypeBuilder<GitHubCachedResponse> response)
    {
        response.ToTable("GitHubResponses");
        response.HasKey(r => r.Key);
        response.Property(r => r.Key).HasMaxLength(1000);
        response.Property(r => r.ContentType).HasMaxLength(200);
        response.Property(r => r.ETag).HasMaxLength(200);
    }
}
