using DevConnect.Domain.Accounts;
using DevConnect.Domain.Profiles;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Persistence;

public sealed class DevConnectDbContext(DbContextOptions<DevConnectDbContext> options)
    : IdentityDbContext<DevConnectUser>(options)
{
    public DbSet<DeveloperProfile> Profiles => Set<DeveloperProfile>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<DeveloperProfile>(profile =>
        {
            profile.ToTable("Profiles");
            profile.Property(p => p.DisplayName).HasMaxLength(DeveloperProfile.DisplayNameMaxLength).IsRequired();
            profile.Property(p => p.Handle).HasMaxLength(Handle.MaxLength).IsRequired();
            profile.Property(p => p.Headline).HasMaxLength(DeveloperProfile.HeadlineMaxLength);
            profile.Property(p => p.Location).HasMaxLength(DeveloperProfile.LocationMaxLength);
            profile.Property(p => p.AvatarPath).HasMaxLength(300);
            profile.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
            // The unique index is what decides a race for a handle; the service's check only gives a nicer message first.
            profile.HasIndex(p => p.Handle).IsUnique();
            profile.HasIndex(p => p.UserId).IsUnique();
            profile.HasIndex(p => new { p.IsListedInDirectory, p.CreatedAtUtc });
            profile.HasOne(p => p.User)
                .WithOne(u => u.Profile)
                .HasForeignKey<DeveloperProfile>(p => p.UserId)
                .OnDelete(DeleteBehavior.Cascade);
            profile.Ignore(p => p.Initials);
        });
    }
}
