using DevConnect.Domain.Accounts;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Matching;

public enum InvitationStatus
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
}

/// <summary>An owner asked a member who fits to apply for a role. The member accepts (and applies) or declines.</summary>
public sealed class ProjectInvitation
{
    private ProjectInvitation()
    {
    }

    internal ProjectInvitation(int projectId, string ownerId, string inviteeId, string role, int conversationId, DateTime nowUtc)
    {
        ProjectId = projectId;
        OwnerId = ownerId;
        InviteeId = inviteeId;
        Role = role;
        ConversationId = conversationId;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int ProjectId { get; private set; }

    public string OwnerId { get; private set; } = "";

    public string InviteeId { get; private set; } = "";

    public string Role { get; private set; } = "";

    public int ConversationId { get; private set; }

    public InvitationStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    /// <summary>Only the invitee answers, and only once; false otherwise.</summary>
    internal bool Answer(string userId, bool accept, DateTime nowUtc)
    {
        if (userId != InviteeId || Status != InvitationStatus.Pending)
        {
            return false;
        }

        Status = accept ? InvitationStatus.Accepted : InvitationStatus.Declined;
        AnsweredAtUtc = nowUtc;
        return true;
    }
}

internal sealed class ProjectInvitationConfiguration : IEntityTypeConfiguration<ProjectInvitation>
{
    public void Configure(EntityTypeBuilder<ProjectInvitation> invitation)
    {
        invitation.ToTable("ProjectInvitations");
        invitation.Property(i => i.Role).HasMaxLength(RoleNames.MaxLength).IsRequired();
        // Of two answers given at once (two tabs), only the first finds it pending.
        invitation.Property(i => i.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        // One invitation per member and project, whatever two tabs or a double click do.
        invitation.HasIndex(i => new { i.ProjectId, i.InviteeId }).IsUnique();
        invitation.HasIndex(i => new { i.InviteeId, i.Status });
        // The daily limit counts an owner's invitations of the last day.
        invitation.HasIndex(i => new { i.OwnerId, i.CreatedAtUtc });
        invitation.HasOne<Project>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasOne<DevConnectUser>().WithMany().HasForeignKey(i => i.InviteeId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Bound from <c>Matching</c>.</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>Invitations one owner may send in a rolling day, across all their projects.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int InvitationsPerDay { get; set; } = 10;

    /// <summary>Mentors one member may ask in a rolling day; asking the same mentor again is not counted.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int MentoringRequestsPerDay { get; set; } = 5;
}
