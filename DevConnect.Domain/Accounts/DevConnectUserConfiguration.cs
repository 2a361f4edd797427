using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Accounts;

/// <summary>What DevConnect adds to Identity's user table; Identity configures the rest.</summary>
internal sealed class DevConnectUserConfiguration : IEntityTypeConfiguration<DevConnectUser>
{
    public void Configure(EntityTypeBuilder<DevConnectUser> user)
    {
        user.Property(u => u.EmailNotifications).HasConversion<string>().HasMaxLength(20);
        user.Property(u => u.SuspensionReason).HasMaxLength(Moderation.AuditEntry.ReasonMaxLength);
    }
}
