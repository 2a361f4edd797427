using DevConnect.Domain.Applications;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Organizations;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Safety;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Opportunities;

/// <summary>The application's transaction, and the lists each side reads.</summary>
public sealed partial class OpportunityApplications
{
    /// <summary>One opportunity's applications for an admin of its organization; null for anyone else.</summary>
    public async Task<OpportunityApplicationList?> ListForOpportunityAsync(string adminId, int opportunityId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var opportunity = await OpportunityReads.ViewAsync(db, opportunityId, ct);
        if (opportunity is null || !await IsAdminAsync(db, opportunity.OrganizationId, adminId, ct))
        {
            return null;
        }

        // Someone the admin blocked, or who blocked them, is not shown to them.
        var blocked = db.Set<MemberBlock>().Where(b => b.BlockerId == adminId).Select(b => b.BlockedId)
            .Concat(db.Set<MemberBlock>().Where(b => b.BlockedId == adminId).Select(b => b.BlockerId));
        var items = await ViewsAsync(db, db.Set<OpportunityApplication>().Where(a => a.OpportunityId == opportunityId && !blocked.Contains(a.ApplicantId)), withRecord: true, ct);
        return new OpportunityApplicationList(opportunity, items);
    }

    public async Task<IReadOnlyList<OpportunityApplicationView>> ListForApplicantAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ViewsAsync(db, db.Set<OpportunityApplication>().Where(a => a.ApplicantId == userId), withRecord: false, ct);
    }

    /// <summary>Pending applications across the organizations <paramref name="adminId"/> administers (for a badge).</summary>
    public async Task<int> CountPendingForAdminAsync(string adminId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organizations = db.Organizations.Where(o => o.Members.Any(m => m.UserId == adminId && m.Role == OrganizationRole.Admin)).Select(o => o.Id);
        return await db.Set<OpportunityApplication>().CountAsync(a => a.Status == ApplicationStatus.Pending
            && db.Set<Opportunity>().Any(o => o.Id == a.OpportunityId && organizations.Contains(o.OrganizationId)), ct);
    }

    /// <summary>
    /// The application, its conversation (opened with the application's message, with the admin who published the
    /// opportunity, or another admin once they are gone) and every admin's notification with its email, in one
    /// transaction. False when the unique index says this person already has a pending application here.
    /// </summary>
    private async Task<bool> SubmitAsync(
        DevConnectDbContext db, OpportunityApplication application, Opportunity opportunity, Organization organization, IReadOnlyList<string> admins, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return false;
        }

        var contact = admins.Contains(opportunity.PublishedById) ? opportunity.PublishedById : admins[0];
        var conversation = Conversation.ForOpportunity(organization.Id, opportunity.Title, application.ApplicantId, contact, Now);
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(ct);
        db.Messages.Add(conversation.Post(application.ApplicantId, application.Message, Now).Value!);
        application.ConversationId = conversation.Id;
        var applicant = await db.Profiles.Where(p => p.UserId == application.ApplicantId).Select(p => p.DisplayName).SingleOrDefaultAsync(ct) ?? "Someone";
        foreach (var admin in admins)
        {
            await notifications.AddAsync(db, admin, NotificationKind.NewOpportunityApplication, $"{applicant} applied to {opportunity.Title}",
                $"/companies/{organization.Handle}/opportunities/{opportunity.Id}/applications", ct);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private async Task<IReadOnlyList<OpportunityApplicationView>> ViewsAsync(
        DevConnectDbContext db, IQueryable<OpportunityApplication> applications, bool withRecord, CancellationToken ct)
    {
        var rows = await applications.AsNoTracking()
            .OrderBy(a => a.Status == ApplicationStatus.Pending ? 0 : 1).ThenByDescending(a => a.CreatedAtUtc)
            .Join(db.Set<Opportunity>(), a => a.OpportunityId, o => o.Id, (a, o) => new { a, o.Title, o.OrganizationId })
            .Join(db.Organizations, x => x.OrganizationId, org => org.Id, (x, org) => new { x.a, x.Title, org.Name, org.Handle })
            .Join(db.Profiles.Include(p => p.Skills), x => x.a.ApplicantId, p => p.UserId, (x, p) => new { x.a, x.Title, x.Name, x.Handle, Profile = p })
            .Take(500).ToListAsync(ct);
        var records = new Dictionary<string, IReadOnlyList<TeamRecord.TeamRecordEntry>>();
        foreach (var applicantId in withRecord ? rows.Select(r => r.a.ApplicantId).Distinct() : [])
        {
            records[applicantId] = await teamRecord.RecordAsync(applicantId, ct);
        }

        return rows.Select(r => new OpportunityApplicationView(r.a.Id, r.a.OpportunityId, r.Title, r.Name, r.Handle,
            new ApplicantSummary(r.Profile.UserId, r.Profile.DisplayName, r.Profile.Handle, r.Profile.AvatarPath, r.Profile.Headline, r.Profile.Level,
                r.Profile.Skills.OrderBy(s => s.Position).Select(s => Tags.FromKey(s.Tag)).ToList()),
            records.GetValueOrDefault(r.a.ApplicantId) ?? [], r.a.Message, r.a.Status, r.a.DecisionNote, r.a.CreatedAtUtc, r.a.DecidedAtUtc,
            r.a.ConversationId, r.a.Version)).ToList();
    }
}
