using DevConnect.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Matching;

/// <summary>A member asked another, who offers mentoring, to mentor them; the conversation is where they talk.</summary>
public sealed class MentoringRequest
{
    private MentoringRequest()
    {
    }

    internal MentoringRequest(string menteeId, string mentorId, int conversationId, DateTime nowUtc)
    {
        MenteeId = menteeId;
        MentorId = mentorId;
        ConversationId = conversationId;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public string MenteeId { get; private set; } = "";

    public string MentorId { get; private set; } = "";

    public int ConversationId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
}

internal sealed class MentoringRequestConfiguration : IEntityTypeConfiguration<MentoringRequest>
{
    public void Configure(EntityTypeBuilder<MentoringRequest> request)
    {
        request.ToTable("MentoringRequests");
        // Asking the same mentor twice gives the same conversation, whatever two tabs do.
        request.HasIndex(r => new { r.MenteeId, r.MentorId }).IsUnique();
        request.HasIndex(r => new { r.MentorId, r.CreatedAtUtc });
        request.HasOne<DevConnectUser>().WithMany().HasForeignKey(r => r.MenteeId).OnDelete(DeleteBehavior.Cascade);
        request.HasOne<DevConnectUser>().WithMany().HasForeignKey(r => r.MentorId).OnDelete(DeleteBehavior.Cascade);
        request.HasOne<Messaging.Conversation>().WithMany().HasForeignKey(r => r.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
