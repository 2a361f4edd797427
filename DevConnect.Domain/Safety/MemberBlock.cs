using DevConnect.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Safety;

/// <summary>
/// One member has cut contact with another. It works both ways for contact (neither can apply to the other's projects,
/// start a conversation or write in one they share), but only the blocker knows: the other side hears the same neutral
/// answers as for a closed conversation.
/// </summary>
public sealed class MemberBlock
{
    private MemberBlock()
    {
    }

    internal MemberBlock(string blockerId, string blockedId, DateTime nowUtc)
    {
        BlockerId = blockerId;
        BlockedId = blockedId;
        CreatedAtUtc = nowUtc;
    }

    public string BlockerId { get; private set; } = "";

    public string BlockedId { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }
}

internal sealed class MemberBlockConfiguration : IEntityTypeConfiguration<MemberBlock>
{
    public void Configure(EntityTypeBuilder<MemberBlock> block)
    {
        block.ToTable("MemberBlocks");
        // The key makes blocking twice a no-op, whatever two tabs do.
        block.HasKey(b => new { b.BlockerId, b.BlockedId });
        block.HasIndex(b => b.BlockedId);
        block.HasOne<DevConnectUser>().WithMany().HasForeignKey(b => b.BlockerId).OnDelete(DeleteBehavior.Cascade);
        block.HasOne<DevConnectUser>().WithMany().HasForeignKey(b => b.BlockedId).OnDelete(DeleteBehavior.Cascade);
    }
}
