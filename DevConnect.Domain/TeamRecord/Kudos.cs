using DevConnect.Domain.Accounts;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.TeamRecord;

public enum KudosStatus
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
}

/// <summary>
/// A short endorsement one member writes for a teammate: someone they were on a project team with (owner or accepted
/// applicant). It shows on the recipient's profile only once they accept it. One per author and recipient.
/// </summary>
public sealed class Kudos
{
    public const int TextMinLength = 10;
    public const int TextMaxLength = 500;

    private Kudos()
    {
    }

    public int Id { get; private set; }

    public string AuthorId { get; private set; } = "";

    public string RecipientId { get; private set; } = "";

    /// <summary>The project they built together, named beside the endorsement.</summary>
    public int ProjectId { get; private set; }

    public string Text { get; private set; } = "";

    public KudosStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    internal static Kudos Write(string authorId, string recipientId, int projectId, string text, DateTime nowUtc) => new()
    {
        AuthorId = authorId,
        RecipientId = recipientId,
        ProjectId = projectId,
        Text = text,
        Status = KudosStatus.Pending,
        CreatedAtUtc = nowUtc,
    };

    /// <summary>False when it was decided already.</summary>
    internal bool Decide(bool accept, DateTime nowUtc)
    {
        if (Status != KudosStatus.Pending)
        {
            return false;
        }

        Status = accept ? KudosStatus.Accepted : KudosStatus.Declined;
        DecidedAtUtc = nowUtc;
        return true;
    }
}

internal sealed class KudosConfiguration : IEntityTypeConfiguration<Kudos>
{
    public void Configure(EntityTypeBuilder<Kudos> kudos)
    {
        kudos.ToTable("Kudos");
        kudos.Property(k => k.Text).HasMaxLength(Kudos.TextMaxLength).IsRequired();
        kudos.Property(k => k.Status).HasConversion<string>().HasMaxLength(20);
        // One endorsement per author and recipient: writing twice at once leaves one.
        kudos.HasIndex(k => new { k.AuthorId, k.RecipientId }).IsUnique();
        kudos.HasIndex(k => new { k.RecipientId, k.Status });
        kudos.HasOne<DevConnectUser>().WithMany().HasForeignKey(k => k.AuthorId).OnDelete(DeleteBehavior.Cascade);
        kudos.HasOne<DevConnectUser>().WithMany().HasForeignKey(k => k.RecipientId).OnDelete(DeleteBehavior.Cascade);
        kudos.HasOne<Project>().WithMany().HasForeignKey(k => k.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class KudosErrors
{
    public const string TextLength = "KudosTextLength";
    public const string NotTeammates = "KudosNotTeammates";
    public const string Self = "KudosSelf";
    public const string AlreadyWritten = "KudosAlreadyWritten";
    public const string NotFound = "KudosNotFound";
    public const string AlreadyDecided = "KudosAlreadyDecided";
}
