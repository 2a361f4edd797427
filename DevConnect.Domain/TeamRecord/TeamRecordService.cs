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
    KeptTeamRecords kept,
    TimeProvider clock,
    ILogger<TeamRecordService> logger)
{
    public const string TextField = "Text";
    public const string FormField = "Form";

    /// <summary>Every public project <paramref name="userId"/> was accepted into, newest first.</summary>
    public async Task<IReadOnlyList<TeamRecordEntry>> RecordAsync(string userId, CancellationToken ct = default) =>
        (await kept.GetAsync(userId, ct)).Record;

    /// <summary>
    /// Whether <paramref name="viewerId"/> may write kudos for <paramref name="memberId"/>, or already did. Every
    /// signed-in visit to a profile asks it: the teams both were on are compared in memory (<see cref="KeptTeamRecords"/>),
    /// and only teammates need the database. Without a team in common there is nothing to write, whether or not they did.
    /// </summary>
    public async Task<KudosChance> ChanceAsync(string? viewerId, string memberId, CancellationToken ct = default)
    {
        if (viewerId is null || viewerId == memberId)
        {
            return new(false, false);
        }

        var viewerTeams = (await kept.GetAsync(viewerId, ct)).OnTeam;
        if (!(await kept.GetAsync(memberId, ct)).OnTeam.Overlaps(viewerTeams))
        {
            return new(false, false);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var wrote = await db.Set<Kudos>().AnyAsync(k => k.AuthorId == viewerId && k.RecipientId == memberId, ct);
        return new(!wrote, wrote);
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
        if (await TeamRecordQueries.SharedProjectAsync(db, authorId, recipientId, ct) is not { } projectId)
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
            // The profile shows more now: kept copies of it (and of the directory) must go.
            kept.Forget();
            await live.PublishAsync(Live.LiveKeys.People, new Profiles.ProfileUpdated(recipientId, handle));
        }

        return new([]);
    }

    /// <summary>Accepted kudos for <paramref name="recipientId"/>, plus the pending ones when the recipient is the one looking.</summary>
    public async Task<IReadOnlyList<KudosView>> ListAsync(string recipientId, bool includePending, CancellationToken ct = default)
    {
        if (!includePending)
        {
            return (await kept.GetAsync(recipientId, ct)).Kudos;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await TeamRecordQueries.KudosAsync(db, recipientId, includePending, ct);
    }

    private static DomainResult Refused(string field, string code, string message) => new([new FieldError(field, code, message)]);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
