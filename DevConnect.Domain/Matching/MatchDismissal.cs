using DevConnect.Domain.Accounts;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Matching;

/// <summary>A member said "not for me" to a suggested project: it is never suggested to them again.</summary>
public sealed class MatchDismissal
{
    private MatchDismissal()
    {
    }

    internal MatchDismissal(string userId, int projectId, DateTime nowUtc)
    {
        UserId = userId;
        ProjectId = projectId;
        DismissedAtUtc = nowUtc;
    }

    public string UserId { get; private set; } = "";

    public int ProjectId { get; private set; }

    public DateTime DismissedAtUtc { get; private set; }
}

internal sealed class MatchDismissalConfiguration : IEntityTypeConfiguration<MatchDismissal>
{
    public void Configure(EntityTypeBuilder<MatchDismissal> dismissal)
    {
        dismissal.ToTable("MatchDismissals");
        // The key makes a second click (or a second tab) a no-op.
        dismissal.HasKey(d => new { d.UserId, d.ProjectId });
        dismissal.HasIndex(d => d.ProjectId);
        dismissal.HasOne<DevConnectUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        dismissal.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
