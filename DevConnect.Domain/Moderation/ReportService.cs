using DevConnect.Domain.Live;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Moderation;

/// <summary>What a member fills in to report something.</summary>
public sealed record ReportRequest(ReportedItemKind Kind, string ItemId, ReportReason Reason, string? Details);

/// <summary>
/// Members reporting what they saw. A member reports only what they can see and did not write, once while the report
/// is open (the unique index over open reports decides a double click); the moderators' queue hears of it at once.
/// </summary>
public sealed class ReportService(
    IDbContextFactory<DevConnectDbContext> dbFactory, ILiveEvents live, TimeProvider clock, ILogger<ReportService> logger)
{
    public const string ReasonField = "Reason";
    public const string DetailsField = "Details";

    public async Task<DomainResult<int>> FileAsync(string reporterId, ReportRequest request, CancellationToken ct = default)
    {
        var details = string.IsNullOrWhiteSpace(request.Details) ? null : request.Details.Trim();
        if (!Enum.IsDefined(request.Reason))
        {
            return Refused(ReasonField, ModerationErrors.ReasonRequired, "Choose why you are reporting this.");
        }

        if (request.Reason == ReportReason.Other && details is null)
        {
            return Refused(DetailsField, ModerationErrors.ReasonRequired, "Say in a few words what is wrong.");
        }

        if (details is { Length: > Report.DetailsMaxLength })
        {
            return Refused(DetailsField, ModerationErrors.DetailsTooLong, $"Keep it under {Report.DetailsMaxLength} characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var itemId = request.ItemId ?? "";
        if (!await db.Users.AnyAsync(u => u.Id == reporterId, ct)
            || await ModeratedItems.AuthorSeenByAsync(db, request.Kind, itemId, reporterId, ct) is not { } authorId)
        {
            return Refused("", ModerationErrors.ItemNotFound, "This is not there any more.");
        }

        if (authorId == reporterId)
        {
            return Refused("", ModerationErrors.OwnItem, "You cannot report what you wrote yourself.");
        }

        if (await db.Reports.AnyAsync(r => r.ReporterId == reporterId && r.Kind == request.Kind && r.ItemId == itemId && r.Status == ReportStatus.Open, ct))
        {
            return AlreadyReported();
        }

        var report = new Report(reporterId, request.Kind, itemId, authorId, request.Reason, details, clock.GetUtcNow().UtcDateTime);
        db.Reports.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return AlreadyReported();
        }

        logger.LogInformation("User {UserId} reported {Kind} {ItemId}", reporterId, request.Kind, itemId);
        await live.PublishAsync(ModerationKeys.Queue, new ModerationQueueChanged("report"));
        return DomainResult<int>.Success(report.Id);
    }

    /// <summary>Whether <paramref name="reporterId"/> already has an open report about the item (the dialog says so up front).</summary>
    public async Task<bool> HasOpenReportAsync(string reporterId, ReportedItemKind kind, string itemId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Reports.AnyAsync(r => r.ReporterId == reporterId && r.Kind == kind && r.ItemId == itemId && r.Status == ReportStatus.Open, ct);
    }

    private static DomainResult<int> AlreadyReported() =>
        Refused("", ModerationErrors.AlreadyReported, "You have already reported this; a moderator will look at it.");

    private static DomainResult<int> Refused(string field, string code, string message) =>
        DomainResult<int>.Refused(ModerationErrors.Error(field, code, message));
}
