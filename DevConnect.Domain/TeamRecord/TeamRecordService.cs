using DevConnect.Domain.Accounts;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.TeamRecord;

/// <summary>
/// A member's team record and kudos. The record is read from accepted applications only, so nothing on it is
/// self-declared; kudos can be written only between teammates (one owned the project the other was accepted into, or
/// both were accepted into it) and show once their recipient accepts them.
/// </summary>
public sealed class TeamRecordService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    NotificationService notifications,
    Live.ILiveEvents live,
    TimeProvider clock,
    ILogger<TeamRecordService> logger)
{
    public const string TextField = "Text";
    public const string FormField = "Form";

    /// <summary>Every public project <paramref name="userId"/> was accepted into, newest first.</summary>
    public async Task<IReadOnlyList<TeamRecordEntry>> RecordAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Applications.AsNoTracking()
            .Where(a => a.ApplicantId == userId && a.Status == ApplicationStatus.Accepted)
            .Join(db.Projects.Where(p => p.IsPublic), a => a.ProjectId, p => p.Id, (a, p) => new
            {
                p.Id,
                p.Name,
                p.Slug,
                a.Role,
                Joined = a.DecidedAtUtc ?? a.CreatedAtUtc,
                Still = db.TeamMembers.Any(m => m.ProjectId == p.Id && m.UserId == userId),
                Members = db.TeamMembers.Count(m => m.ProjectId == p.Id),
            })
            .ToListAsync(ct);
        // The owner counts in the team's size; one entry per project even if accepted twice (left, then came back).
        return rows.GroupBy(r => r.Id).Select(g => g.OrderByDescending(r => r.Joined).First())
            .Select(r => new TeamRecordEntry(r.Id, r.Name, r.Slug, r.Role, r.Joined, r.Still, r.Members + 1))
            .OrderByDescending(e => e.JoinedAtUtc).ToList();
    }

    /// <summary>Whether <paramref name="viewerId"/> may write kudos for <paramref name="memberId"/>, or already did.</summary>
    public async Task<KudosChance> ChanceAsync(string? viewerId, string memberId, CancellationToken ct = default)
    {
        if (viewerId is null || viewerId == memberId)
        {
            return new(false, false);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<Kudos>().AnyAsync(k => k.AuthorId == viewerId && k.RecipientId == memberId, ct))
        {
            return new(false, true);
        }

        return new(await SharedProjectAsync(db, viewerId, memberId, ct) is not null, false);
    }

    public async Task<DomainResult> WriteAsync(string authorId, string recipientId, string? text, CancellationToken ct = default)
    {
        var body = (text ?? "").Trim();
        if (body.Length is < Kudos.TextMinLength or > Kudos.TextMaxLength)
        {
            return Refused(TextField, KudosErrors.TextLength, $"Kudos have {Kudos.TextMinLength} to {Kudos.TextMaxLength} characters.");
        }

        if (authorId == recipientId)
        {
            return Refused(FormField, KudosErrors.Self, "Kudos are for someone else.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await SharedProjectAsync(db, authorId, recipientId, ct) is not { } projectId)
        {
            return Refused(FormField, KudosErrors.NotTeammates, "You can write kudos only for someone you were on a team with.");
        }

        var kudos = Kudos.Write(authorId, recipientId, projectId, body, Now);
        db.Add(kudos);
        var author = await db.Profiles.Where(p => p.UserId == authorId).Select(p => p.DisplayName).SingleOrDefaultAsync(ct) ?? "A teammate";
        var recipientHandle = await db.Profiles.Where(p => p.UserId == recipientId).Select(p => p.Handle).SingleOrDefaultAsync(ct);
        await notifications.AddAsync(db, recipientId, NotificationKind.KudosReceived, $"{author} wrote you kudos", $"/u/{recipientHandle}#kudos", ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Refused(FormField, KudosErrors.AlreadyWritten, "You already wrote kudos for this person.");
        }

        await notifications.AnnounceAsync(recipientId);
        logger.LogInformation("User {AuthorId} wrote kudos {KudosId}", authorId, kudos.Id);
        return new([]);
    }

    /// <summary>The recipient accepts (shown on their profile) or declines (never shown).</summary>
    public async Task<DomainResult> DecideAsync(string recipientId, int kudosId, bool accept, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kudos = await db.Set<Kudos>().SingleOrDefaultAsync(k => k.Id == kudosId && k.RecipientId == recipientId, ct);
        if (kudos is null)
        {
            return Refused(FormField, KudosErrors.NotFound, "These kudos do not exist.");
        }

        if (!kudos.Decide(accept, Now))
        {
            return Refused(FormField, KudosErrors.AlreadyDecided, "You already answered these kudos.");
        }

        await db.SaveChangesAsync(ct);
        if (accept && await db.Profiles.Where(p => p.UserId == recipientId).Select(p => p.Handle).SingleOrDefaultAsync(ct) is { } handle)
        {
            // The profile shows more now: cached copies of it (and of the directory) must go.
            await live.PublishAsync(Live.LiveKeys.People, new Profiles.ProfileUpdated(recipientId, handle));
        }

        return new([]);
    }

    /// <summary>Accepted kudos for <paramref name="recipientId"/>, plus the pending ones when the recipient is the one looking.</summary>
    public async Task<IReadOnlyList<KudosView>> ListAsync(string recipientId, bool includePending, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kudos = await db.Set<Kudos>().AsNoTracking()
            .Where(k => k.RecipientId == recipientId && (k.Status == KudosStatus.Accepted || (includePending && k.Status == KudosStatus.Pending)))
            .Join(db.Profiles, k => k.AuthorId, p => p.UserId, (k, p) => new { k, p })
            .Join(db.Projects, x => x.k.ProjectId, project => project.Id, (x, project) => new KudosView(
                x.k.Id, x.p.DisplayName, x.p.Handle, x.p.AvatarPath, project.Id, project.Name, project.Slug, x.k.Text, x.k.Status, x.k.CreatedAtUtc))
            .ToListAsync(ct);
        return kudos.OrderBy(k => k.Status == KudosStatus.Pending ? 0 : 1).ThenByDescending(k => k.CreatedAtUtc).ToList();
    }

    /// <summary>
    /// The latest project both were on: one owned it and the other was accepted into it, or both were accepted. One query:
    /// every signed-in visit to a profile asks it (may I write kudos here?).
    /// </summary>
    private static Task<int?> SharedProjectAsync(DevConnectDbContext db, string a, string b, CancellationToken ct) =>
        OnTeam(db, a).Intersect(OnTeam(db, b)).OrderByDescending(id => id).Select(id => (int?)id).FirstOrDefaultAsync(ct);

    private static IQueryable<int> OnTeam(DevConnectDbContext db, string userId) =>
        db.Applications.Where(x => x.Status == ApplicationStatus.Accepted && x.ApplicantId == userId).Select(x => x.ProjectId)
            .Union(db.Projects.Where(p => p.OwnerId == userId).Select(p => p.Id));

    private static DomainResult Refused(string field, string code, string message) => new([new FieldError(field, code, message)]);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
