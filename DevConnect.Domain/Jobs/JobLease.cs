using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Jobs;

/// <summary>Which server runs a background job until when. One row per job; a server that stops renewing loses it.</summary>
public sealed class JobLease
{
    public const int NameMaxLength = 64;
    public const int HolderMaxLength = 64;

    private JobLease()
    {
    }

    internal JobLease(string name, string holder, DateTime expiresUtc, DateTime renewedUtc)
    {
        Name = name;
        Holder = holder;
        ExpiresUtc = expiresUtc;
        RenewedUtc = renewedUtc;
    }

    public string Name { get; private set; } = "";

    public string Holder { get; private set; } = "";

    public DateTime ExpiresUtc { get; private set; }

    /// <summary>When the holder last took or renewed it, which workers do before each round: the job's last run, for the health panel.</summary>
    public DateTime? RenewedUtc { get; private set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(JobLease.NameMaxLength);
        builder.Property(l => l.Holder).HasMaxLength(JobLease.HolderMaxLength);
    }
}
