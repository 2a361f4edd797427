using DevConnect.Domain.Accounts;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Messaging;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> conversation)
    {
        conversation.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        conversation.HasIndex(c => c.ApplicationId);
        conversation.HasIndex(c => c.ProjectId);
        conversation.Property(c => c.Subject).HasMaxLength(Message.SubjectMaxLength);
        conversation.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.ConversationId).OnDelete(DeleteBehavior.Cascade);
        conversation.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        conversation.HasIndex(c => new { c.OrganizationId, c.CreatedAtUtc });
        conversation.HasOne<Organizations.Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConversationParticipantConfiguration : IEntityTypeConfiguration<ConversationParticipant>
{
    public void Configure(EntityTypeBuilder<ConversationParticipant> participant)
    {
        participant.HasKey(p => new { p.ConversationId, p.UserId });
        participant.HasIndex(p => p.UserId);
        participant.HasOne<DevConnectUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> message)
    {
        message.Property(m => m.Body).HasMaxLength(Message.MaxLength).IsRequired();
        message.Property(m => m.HiddenReason).HasMaxLength(Moderation.AuditEntry.ReasonMaxLength);
        message.Property(m => m.Fingerprint).HasMaxLength(Safety.MessageFingerprint.Length);
        message.HasIndex(m => new { m.ConversationId, m.SentAtUtc });
        message.HasIndex(m => new { m.SenderId, m.SentAtUtc });
        message.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        notification.Property(n => n.Text).HasMaxLength(300);
        notification.Property(n => n.Link).HasMaxLength(200);
        notification.HasIndex(n => new { n.RecipientId, n.ReadAtUtc });
        notification.HasOne<DevConnectUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}
