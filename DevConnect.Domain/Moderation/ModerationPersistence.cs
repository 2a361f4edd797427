using DevConnect.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Moderation;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> report)
    {
        report.Property(r => r.ReporterId).IsRequired();
        report.Property(r => r.ItemId).HasMaxLength(64).IsRequired();
        report.Property(r => r.AuthorId).HasMaxLength(64).IsRequired();
        report.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        report.Property(r => r.Reason).HasConversion<string>().HasMaxLength(20);
        report.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        report.Property(r => r.Details).HasMaxLength(Report.DetailsMaxLength);
        report.HasOne<DevConnectUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Cascade);
        // One open report per member and item: a double click or two tabs still give one.
        report.HasIndex(r => new { r.ReporterId, r.Kind, r.ItemId }).IsUnique().HasFilter("\"Status\" = 'Open'").HasDatabaseName("IX_Reports_OpenPerReporter");
        report.HasIndex(r => new { r.Status, r.Kind, r.ItemId });
        report.HasIndex(r => r.AuthorId);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("ModerationAudit");
        entry.Property(e => e.ActorId).HasMaxLength(64).IsRequired();
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
        entry.Property(e => e.TargetUserId).HasMaxLength(64);
        entry.Property(e => e.ItemKind).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.ItemId).HasMaxLength(64);
        entry.Property(e => e.Reason).HasMaxLength(AuditEntry.ReasonMaxLength);
        entry.HasIndex(e => e.AtUtc);
        entry.HasIndex(e => e.TargetUserId);
    }
}

/// <summary>The audit log is append-only: a context that would change or remove an entry refuses to save.</summary>
internal static class AuditLogGuard
{
    public static void Check(ChangeTracker tracker)
    {
        if (tracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The moderation audit log is append-only: entries are never changed or removed.");
        }
    }
}
