using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DevConnect.Domain.Accounts.Sessions;

/// <summary>
/// One signed-in browser. The sign-in cookie only carries <see cref="Id"/>; the ticket lives here, so ending a
/// session (log out, "sign out this device", a password change) makes a copied cookie worthless at once.
/// </summary>
public sealed class UserSession
{
    public const int DeviceMaxLength = 100;
    public const int IpAddressMaxLength = 45;

    private UserSession()
    {
    }

    public string Id { get; private set; } = "";

    public string UserId { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime LastSeenAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    /// <summary>"Firefox on Windows": enough to recognise a device, less than the whole user agent.</summary>
    public string Device { get; private set; } = "";

    public string? IpAddress { get; private set; }

    /// <summary>The user's security stamp when the ticket was written; once the user's changes, the session is over.</summary>
    public string SecurityStamp { get; private set; } = "";

    /// <summary>The serialized authentication ticket, opaque to the domain.</summary>
    public byte[] Ticket { get; private set; } = [];

    public DateTime? RevokedAtUtc { get; private set; }

    internal static UserSession Start(string id, SessionTicket ticket, string device, string? ipAddress, DateTime now) => new()
    {
        Id = id,
        UserId = ticket.UserId,
        CreatedAtUtc = now,
        LastSeenAtUtc = now,
        ExpiresAtUtc = ticket.ExpiresAtUtc,
        Device = device.Length > DeviceMaxLength ? device[..DeviceMaxLength] : device,
        IpAddress = ipAddress is { Length: > IpAddressMaxLength } ? ipAddress[..IpAddressMaxLength] : ipAddress,
        SecurityStamp = ticket.SecurityStamp,
        Ticket = ticket.Bytes,
    };
}

/// <summary>What the cookie handler hands over: whose ticket, with which stamp, until when, and its bytes.</summary>
public sealed record SessionTicket(string UserId, string SecurityStamp, DateTime ExpiresAtUtc, byte[] Bytes);

/// <summary>A row of the "signed-in devices" list.</summary>
public sealed record SessionSummary(string Id, string Device, string? IpAddress, DateTime CreatedAtUtc, DateTime LastSeenAtUtc);

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> session)
    {
        session.ToTable("UserSessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasMaxLength(64);
        session.Property(s => s.Device).HasMaxLength(UserSession.DeviceMaxLength).IsRequired();
        session.Property(s => s.IpAddress).HasMaxLength(UserSession.IpAddressMaxLength);
        session.Property(s => s.SecurityStamp).HasMaxLength(256).IsRequired();
        session.HasIndex(s => s.UserId);
        session.HasOne<DevConnectUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
