using DevConnect.Domain.Accounts;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Organizations;

/// <summary>A verified organization the viewer may write for.</summary>
public sealed record ContactingOrganization(int Id, string Name);

/// <summary>
/// Consent and contact. A member chooses "open to opportunities" (off by default) and who sees it; members of a
/// verified organization see it and may write only while it allows verified organizations. Each contact opens a
/// conversation (reportable and blockable like any other), a block refuses it, and an organization opens at most
/// <see cref="LimitsOptions.OrganizationContactsPerDay"/> a rolling day.
/// </summary>
public sealed class OrganizationContact(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    VerifiedOrganizationMembers verifiedMembers,
    IOptions<LimitsOptions> limits,
    NotificationService notifications,
    TimeProvider clock,
    ILogger<OrganizationContact> logger)
{
    public const string MessageField = "Message";

    public async Task<(bool IsOpen, OpportunityVisibility Visibility)> GetConsentAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var consent = await db.Set<OpportunityConsent>().AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId, ct);
        return consent is null ? (false, OpportunityVisibility.VerifiedOrganizations) : (consent.IsOpen, consent.Visibility);
    }

    public async Task<DomainResult> SetConsentAsync(string userId, bool isOpen, OpportunityVisibility visibility, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(visibility))
        {
            return new([new FieldError("Visibility", OrganizationErrors.VisibilityUnknown, "Choose who may see it.")]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var consent = await db.Set<OpportunityConsent>().SingleOrDefaultAsync(c => c.UserId == userId, ct);
        if (consent is null)
        {
            consent = OpportunityConsent.For(userId);
            db.Add(consent);
        }

        consent.Set(isOpen, visibility, Now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Two tabs saved the first choice at once: the other one stands, as if saved a moment later.
        }

        return new([]);
    }

    /// <summary>The verified organizations <paramref name="viewerId"/> may write for to <paramref name="developerId"/>; empty when none or when the developer does not allow it.</summary>
    public async Task<IReadOnlyList<ContactingOrganization>> OrganizationsThatMayContactAsync(string? viewerId, string developerId, CancellationToken ct = default)
    {
        // Most viewers belong to no verified organization: a kept set answers them without the database.
        if (viewerId is null || viewerId == developerId || !await verifiedMembers.IncludesAsync(viewerId, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await AllowsAsync(db, developerId, ct))
        {
            return [];
        }

        return await db.Organizations.AsNoTracking().Where(o => o.VerifiedAtUtc != null && o.Members.Any(m => m.UserId == viewerId))
            .OrderBy(o => o.Name).Select(o => new ContactingOrganization(o.Id, o.Name)).ToListAsync(ct);
    }

    /// <summary>Opens a conversation from <paramref name="organizationId"/> with the developer, starting with <paramref name="message"/>.</summary>
    public async Task<DomainResult<int>> ContactAsync(string senderId, int organizationId, string developerId, string? message, CancellationToken ct = default)
    {
        var text = (message ?? "").Trim();
        if (text.Length is < 20 or > Message.MaxLength)
        {
            return Refused(MessageField, OrganizationErrors.ContactLength, $"Write 20 to {Message.MaxLength} characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organization = await db.Organizations.AsNoTracking().Include(o => o.Members).SingleOrDefaultAsync(o => o.Id == organizationId, ct);
        if (organization is null || organization.RoleOf(senderId) is null || senderId == developerId)
        {
            return Refused("", OrganizationErrors.NotMember, "Only the organization's members can write for it.");
        }

        if (!organization.IsVerified)
        {
            return Refused("", OrganizationErrors.NotVerified, "Only verified organizations can contact developers.");
        }

        // Said the same way whether the developer is closed, hidden or blocked the sender: no hint of which.
        if (!await AllowsAsync(db, developerId, ct) || await BlockService.AnyBetweenAsync(db, senderId, developerId, ct))
        {
            return Refused("", OrganizationErrors.NotOpen, "This developer is not open to opportunities.");
        }

        var since = Now.AddDays(-1);
        var today = await db.Conversations.Where(c => c.OrganizationId == organizationId && c.CreatedAtUtc > since)
            .OrderBy(c => c.CreatedAtUtc).Select(c => c.CreatedAtUtc).ToListAsync(ct);
        if (today.Count >= limits.Value.OrganizationContactsPerDay)
        {
            var lifts = today[today.Count - limits.Value.OrganizationContactsPerDay].AddDays(1);
            return Refused("", OrganizationErrors.TooManyContacts, $"{organization.Name} has contacted {limits.Value.OrganizationContactsPerDay} developers in the last day. It can contact another after {lifts:HH:mm} UTC.", limits.Value.OrganizationContactsPerDay, lifts);
        }

        var conversation = Conversation.ForOrganization(organizationId, senderId, developerId, Now);
        db.Conversations.Add(conversation);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.Messages.Add(conversation.Post(senderId, text, Now).Value!);
        await notifications.AddAsync(db, developerId, NotificationKind.NewMessage, $"{organization.Name} wrote to you about an opportunity", $"/messages/{conversation.Id}", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await notifications.AnnounceAsync(developerId);
        logger.LogInformation("Organization {OrganizationId} contacted a developer in conversation {ConversationId}", organizationId, conversation.Id);
        return DomainResult<int>.Success(conversation.Id);
    }

    private static async Task<bool> AllowsAsync(DevConnectDbContext db, string developerId, CancellationToken ct) =>
        await db.Set<OpportunityConsent>().AnyAsync(c => c.UserId == developerId && c.IsOpen && c.Visibility == OpportunityVisibility.VerifiedOrganizations, ct);

    private static DomainResult<int> Refused(string field, string code, string message, params object[] arguments) =>
        DomainResult<int>.Refused(new FieldError(field, code, message) { Arguments = arguments.Length == 0 ? null : arguments });

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
