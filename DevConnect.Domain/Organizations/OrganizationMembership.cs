using DevConnect.Domain.Accounts;
using DevConnect.Domain.Email;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Organizations;

/// <summary>Which organization a link from an email is for, for the page that asks to confirm it.</summary>
public sealed record OrganizationLinkView(string OrganizationName, string OrganizationHandle, OrganizationTokenPurpose Purpose, string Email);

/// <summary>
/// Who belongs to an organization, and its verification. Admins invite by email and remove members; anyone may leave,
/// except the last admin; an admin verifies the organization by confirming an address at its website's domain. Each
/// change moves the organization's version, so two changes racing on the last admin cannot both pass.
/// </summary>
public sealed class OrganizationMembership(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    EmailOutbox outbox,
    OrganizationEmails emails,
    TimeProvider clock,
    ILogger<OrganizationMembership> logger)
{
    /// <summary>Invitation and verification emails one organization may send per day.</summary>
    public const int EmailsPerDay = 20;

    public async Task<DomainResult> InviteAsync(string adminId, int organizationId, string? email, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organization = await OrganizationService.LoadAsync(db, organizationId, ct);
        if (OrganizationService.CheckAdmin(organization, adminId) is { } refusal)
        {
            return Refused(refusal);
        }

        if (OrganizationRules.EmailDomainOf(email) is null)
        {
            return Refused(new(OrganizationRules.EmailField, OrganizationErrors.EmailInvalid, "Enter an email address such as name@example.com."));
        }

        var address = email!.Trim();
        var normalized = address.ToUpperInvariant();
        var memberIds = organization!.Members.Select(m => m.UserId).ToList();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized && memberIds.Contains(u.Id), ct))
        {
            return Refused(new(OrganizationRules.EmailField, OrganizationErrors.AlreadyMember, "This person is already a member."));
        }

        if (await CheckEmailBudgetAsync(db, organizationId, ct) is { } tooMany)
        {
            return Refused(tooMany);
        }

        var inviter = await db.Profiles.Where(p => p.UserId == adminId).Select(p => p.DisplayName).SingleOrDefaultAsync(ct) ?? "A member";
        var (token, secret) = OrganizationToken.Create(organizationId, OrganizationTokenPurpose.Invitation, address, adminId, Now);
        db.OrganizationTokens.Add(token);
        outbox.Add(db, $"organization-invitation:{token.TokenHash}", emails.Invitation(address, organization.Name, inviter, secret));
        await db.SaveChangesAsync(ct);
        outbox.Wake();
        logger.LogInformation("User {UserId} invited someone to organization {OrganizationId}", adminId, organizationId);
        return Done();
    }

    /// <summary>The organization a still-usable link is for; null for an unknown, used or expired one.</summary>
    public async Task<OrganizationLinkView?> DescribeLinkAsync(string? secret, OrganizationTokenPurpose purpose, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var token = await FindAsync(db, secret, purpose, ct);
        if (token is null)
        {
            return null;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == token.OrganizationId)
            .Select(o => new { o.Name, o.Handle }).SingleAsync(ct);
        return new OrganizationLinkView(organization.Name, organization.Handle, purpose, token.Email);
    }

    /// <summary>The invited member joins; the link was sent to the invited address, so holding it is the proof.</summary>
    public async Task<OrganizationSaveResult> AcceptInvitationAsync(string userId, string? secret, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var token = await FindAsync(db, secret, OrganizationTokenPurpose.Invitation, ct);
        if (token is null)
        {
            return Refused(LinkInvalid());
        }

        var organization = (await OrganizationService.LoadAsync(db, token.OrganizationId, ct))!;
        if (organization.RoleOf(userId) is not null)
        {
            return Refused(new(OrganizationRules.FormField, OrganizationErrors.AlreadyMember, "You are already a member."));
        }

        token.Use(Now);
        organization.AddMember(userId, Now);
        if (await OrganizationService.SaveAsync(db, ct) is { } failed)
        {
            return Refused(failed);
        }

        logger.LogInformation("User {UserId} joined organization {OrganizationId}", userId, organization.Id);
        return new(organization.Handle, []);
    }

    public async Task<DomainResult> RemoveMemberAsync(string adminId, int organizationId, string memberId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organization = await OrganizationService.LoadAsync(db, organizationId, ct);
        if (OrganizationService.CheckAdmin(organization, adminId) is { } refusal)
        {
            return Refused(refusal);
        }

        return await RemoveAsync(db, organization!, memberId, ct);
    }

    /// <summary>A member leaves on their own; the last admin must name another admin first.</summary>
    public async Task<DomainResult> LeaveAsync(string userId, int organizationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organization = await OrganizationService.LoadAsync(db, organizationId, ct);
        if (organization is null)
        {
            return Refused(new(OrganizationRules.FormField, OrganizationErrors.NotFound, "This organization no longer exists."));
        }

        return await RemoveAsync(db, organization, userId, ct);
    }

    public async Task<DomainResult> SetRoleAsync(string adminId, int organizationId, string memberId, OrganizationRole role, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organization = await OrganizationService.LoadAsync(db, organizationId, ct);
        if (OrganizationService.CheckAdmin(organization, adminId) is { } refusal)
        {
            return Refused(refusal);
        }

        if (organization!.RoleOf(memberId) is null || !Enum.IsDefined(role))
        {
            return Refused(NotMember());
        }

        if (!organization.SetRole(memberId, role, Now))
        {
            return Refused(LastAdmin());
        }

        return await OrganizationService.SaveAsync(db, ct) is { } failed ? Refused(failed) : Done();
    }

    /// <summary>Emails a confirmation link to <paramref name="email"/>, which must be at the organization's website's domain.</summary>
    public async Task<DomainResult> RequestVerificationAsync(string adminId, int organizationId, string? email, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organization = await OrganizationService.LoadAsync(db, organizationId, ct);
        if (OrganizationService.CheckAdmin(organization, adminId) is { } refusal)
        {
            return Refused(refusal);
        }

        if (organization!.Website is null)
        {
            return Refused(new(OrganizationRules.EmailField, OrganizationErrors.NoWebsite, "Add the organization's website first: the address must be at its domain."));
        }

        if (OrganizationRules.EmailDomainOf(email) is not { } domain)
        {
            return Refused(new(OrganizationRules.EmailField, OrganizationErrors.EmailInvalid, "Enter an email address such as name@example.com."));
        }

        if (!OrganizationRules.DomainMatchesWebsite(domain, organization.Website))
        {
            return Refused(new(OrganizationRules.EmailField, OrganizationErrors.EmailOutsideDomain, "Use an address at the domain of the organization's website."));
        }

        if (await CheckEmailBudgetAsync(db, organizationId, ct) is { } tooMany)
        {
            return Refused(tooMany);
        }

        var (token, secret) = OrganizationToken.Create(organizationId, OrganizationTokenPurpose.Verification, email!.Trim(), adminId, Now);
        db.OrganizationTokens.Add(token);
        outbox.Add(db, $"organization-verification:{token.TokenHash}", emails.Verification(token.Email, organization.Name, secret));
        await db.SaveChangesAsync(ct);
        outbox.Wake();
        logger.LogInformation("User {UserId} asked to verify organization {OrganizationId}", adminId, organizationId);
        return Done();
    }

    /// <summary>
    /// The link was opened from the mailbox at the website's domain: the organization is verified. Whoever holds the
    /// link reads that mailbox, which is the proof; the domain is checked again in case the website changed since.
    /// </summary>
    public async Task<OrganizationSaveResult> ConfirmVerificationAsync(string? secret, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var token = await FindAsync(db, secret, OrganizationTokenPurpose.Verification, ct);
        if (token is null)
        {
            return Refused(LinkInvalid());
        }

        var organization = (await OrganizationService.LoadAsync(db, token.OrganizationId, ct))!;
        var domain = OrganizationRules.EmailDomainOf(token.Email)!;
        if (!OrganizationRules.DomainMatchesWebsite(domain, organization.Website))
        {
            return Refused(new(OrganizationRules.FormField, OrganizationErrors.EmailOutsideDomain, "The organization's website changed: ask for a new link."));
        }

        token.Use(Now);
        organization.MarkVerified(domain, Now);
        if (await OrganizationService.SaveAsync(db, ct) is { } failed)
        {
            return Refused(failed);
        }

        logger.LogInformation("Organization {OrganizationId} was verified", organization.Id);
        return new(organization.Handle, []);
    }

    private async Task<DomainResult> RemoveAsync(DevConnectDbContext db, Organization organization, string memberId, CancellationToken ct)
    {
        if (organization.RoleOf(memberId) is null)
        {
            return Refused(NotMember());
        }

        if (!organization.RemoveMember(memberId, Now))
        {
            return Refused(LastAdmin());
        }

        return await OrganizationService.SaveAsync(db, ct) is { } failed ? Refused(failed) : Done();
    }

    private async Task<OrganizationToken?> FindAsync(DevConnectDbContext db, string? secret, OrganizationTokenPurpose purpose, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length > 100)
        {
            return null;
        }

        var hash = OrganizationToken.HashOf(secret);
        var token = await db.OrganizationTokens.SingleOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == purpose, ct);
        return token is not null && token.IsUsableAt(Now) ? token : null;
    }

    private async Task<FieldError?> CheckEmailBudgetAsync(DevConnectDbContext db, int organizationId, CancellationToken ct)
    {
        var since = Now.AddDays(-1);
        return await db.OrganizationTokens.CountAsync(t => t.OrganizationId == organizationId && t.CreatedAtUtc > since, ct) >= EmailsPerDay
            ? new(OrganizationRules.EmailField, OrganizationErrors.TooManyEmails, $"An organization can send {EmailsPerDay} invitations and confirmations a day. Try again tomorrow.")
            {
                Arguments = [EmailsPerDay],
            }
            : null;
    }

    private static FieldError LinkInvalid() =>
        new(OrganizationRules.FormField, OrganizationErrors.LinkInvalid, "This link is not valid any more: it was used already or is more than a week old.");

    private static FieldError NotMember() => new(OrganizationRules.FormField, OrganizationErrors.NotMember, "This person is not a member of the organization.");

    private static FieldError LastAdmin() =>
        new(OrganizationRules.FormField, OrganizationErrors.LastAdmin, "An organization needs an admin: make someone else admin first.");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static DomainResult Done() => new([]);

    private static OrganizationSaveResult Refused(FieldError error) => new(null, [error]);
}
