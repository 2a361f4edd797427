using DevConnect.Domain.Applications;
using DevConnect.Domain.Live;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Moderation;

/// <summary>What changed on an item, enough to tell the pages that show it once the change is committed.</summary>
internal sealed record ItemChange(ReportedItemKind Kind, string ItemId, string AuthorId, int? ProjectId = null, string? Handle = null,
    int? ConversationId = null, string? OwnerId = null, ApplicationStatus? Status = null)
{
    public async Task AnnounceAsync(ILiveEvents live, ProjectChangeVersion changes, KeptPublicProfiles keptProfiles)
    {
        switch (Kind)
        {
            case ReportedItemKind.Project:
                // Before the events: a feed that reloads on them must not get a shared read from before the change.
                changes.Advance();
                await live.PublishAsync(LiveKeys.Project(ProjectId!.Value), new ProjectUpdated(ProjectId.Value));
                await live.PublishAsync(LiveKeys.ProjectFeed, new ProjectUpdated(ProjectId.Value));
                break;
            case ReportedItemKind.Profile:
                await keptProfiles.ChangedAsync(AuthorId, Handle!);
                break;
            case ReportedItemKind.ApplicationMessage:
                var changed = new ApplicationStatusChanged(int.Parse(ItemId, System.Globalization.CultureInfo.InvariantCulture), ProjectId!.Value, Status!.Value);
                await live.PublishAsync(LiveKeys.Owner(OwnerId!), changed);
                await live.PublishAsync(LiveKeys.Applicant(AuthorId), changed);
                break;
        }

        if (ConversationId is { } conversation)
        {
            await live.PublishAsync(LiveKeys.Conversation(conversation), new ConversationChanged(conversation));
        }
    }
}

/// <summary>Finding a reported item, its author and who may see it; hiding and restoring it, whatever its kind.</summary>
internal static class ModeratedItems
{
    /// <summary>The item's author when <paramref name="viewerId"/> can see it (null when either is not so).</summary>
    public static async Task<string?> AuthorSeenByAsync(DevConnectDbContext db, ReportedItemKind kind, string itemId, string viewerId, CancellationToken ct)
    {
        switch (kind)
        {
            case ReportedItemKind.Project when int.TryParse(itemId, out var id):
                return await db.Projects.Where(p => p.Id == id && (p.IsPublic || p.OwnerId == viewerId)).Select(p => p.OwnerId).SingleOrDefaultAsync(ct);
            case ReportedItemKind.Profile:
                return await db.Profiles.Where(p => p.UserId == itemId && (p.IsPublic || p.UserId == viewerId)).Select(p => p.UserId).SingleOrDefaultAsync(ct);
            case ReportedItemKind.ApplicationMessage when int.TryParse(itemId, out var id):
                // The owner of the project applied to is the one who reads an application's message.
                return await db.Applications.Where(a => a.Id == id && (a.ApplicantId == viewerId || db.Projects.Any(p => p.Id == a.ProjectId && p.OwnerId == viewerId)))
                    .Select(a => a.ApplicantId).SingleOrDefaultAsync(ct);
            case ReportedItemKind.ChatMessage when int.TryParse(itemId, out var id):
                return await db.Messages.Where(m => m.Id == id && db.ConversationParticipants.Any(p => p.ConversationId == m.ConversationId && p.UserId == viewerId))
                    .Select(m => m.SenderId).SingleOrDefaultAsync(ct);
            default:
                return null;
        }
    }

    /// <summary>Hides the item with <paramref name="reason"/>, or restores it with null. Null when there is no such item.</summary>
    public static async Task<ItemChange?> SetHiddenAsync(DevConnectDbContext db, ReportedItemKind kind, string itemId, string? reason, CancellationToken ct)
    {
        switch (kind)
        {
            case ReportedItemKind.Project when int.TryParse(itemId, out var id):
                if (await db.Projects.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } project)
                {
                    return null;
                }

                project.SetHidden(reason);
                return new(kind, itemId, project.OwnerId, ProjectId: project.Id);
            case ReportedItemKind.Profile:
                if (await db.Profiles.SingleOrDefaultAsync(p => p.UserId == itemId, ct) is not { } profile)
                {
                    return null;
                }

                profile.SetHidden(reason);
                return new(kind, itemId, profile.UserId, Handle: profile.Handle);
            case ReportedItemKind.ApplicationMessage when int.TryParse(itemId, out var id):
                if (await db.Applications.SingleOrDefaultAsync(a => a.Id == id, ct) is not { } application)
                {
                    return null;
                }

                application.HideMessage(reason);
                // The application's message also opens its conversation: the same words go with it.
                var opening = await db.Messages.Where(m => db.Conversations.Any(c => c.Id == m.ConversationId && c.ApplicationId == id)
                        && m.SenderId == application.ApplicantId && m.Body == application.Message)
                    .OrderBy(m => m.Id).FirstOrDefaultAsync(ct);
                opening?.Hide(reason);
                var owner = await db.Projects.Where(p => p.Id == application.ProjectId).Select(p => p.OwnerId).SingleAsync(ct);
                return new(kind, itemId, application.ApplicantId, ProjectId: application.ProjectId, ConversationId: opening?.ConversationId,
                    OwnerId: owner, Status: application.Status);
            case ReportedItemKind.ChatMessage when int.TryParse(itemId, out var id):
                if (await db.Messages.SingleOrDefaultAsync(m => m.Id == id, ct) is not { } message)
                {
                    return null;
                }

                message.Hide(reason);
                return new(kind, itemId, message.SenderId, ConversationId: message.ConversationId);
            default:
                return null;
        }
    }

    /// <summary>Takes a held project or profile out of review: published, or (with a reason) hidden.</summary>
    public static async Task<ItemChange?> ReleaseAsync(DevConnectDbContext db, ReportedItemKind kind, string itemId, string? rejection, CancellationToken ct)
    {
        if (kind == ReportedItemKind.Project && int.TryParse(itemId, out var id)
            && await db.Projects.SingleOrDefaultAsync(p => p.Id == id && p.HeldForReview, ct) is { } project)
        {
            project.Hold(false);
            if (rejection is not null)
            {
                project.SetHidden(rejection);
            }

            return new(kind, itemId, project.OwnerId, ProjectId: project.Id);
        }

        if (kind == ReportedItemKind.Profile && await db.Profiles.SingleOrDefaultAsync(p => p.UserId == itemId && p.HeldForReview, ct) is { } profile)
        {
            profile.Hold(false);
            if (rejection is not null)
            {
                profile.SetHidden(rejection);
            }

            return new(kind, itemId, profile.UserId, Handle: profile.Handle);
        }

        return null;
    }
}
