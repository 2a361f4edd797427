using DevConnect.Domain.Accounts;
using DevConnect.Domain.GitHub;
using DevConnect.Domain.Live;
using DevConnect.Domain.Media;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DevConnect.Domain.Projects;

/// <summary>
/// Posting, editing, deleting and finding projects. Every rule is checked here (owner only, confirmed email,
/// field limits, images the editor may use), so the form and a crafted request get the same answer.
/// </summary>
public sealed class ProjectService(
    IDbContextFactory<DevConnectDbContext> dbFactory,
    IImageStore images,
    ILiveEvents live,
    GitHubRefreshQueue gitHub,
    IProjectSearch search,
    ProjectChangeVersion changes,
    Moderation.LinkHold linkHold,
    Safety.MemberLimits limits,
    TimeProvider clock,
    ILogger<ProjectService> logger)
{
    /// <summary>Null when <paramref name="userId"/> may post projects, otherwise why not.</summary>
    public async Task<FieldError?> CheckCanPostAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CheckCanPostAsync(db, userId, ct);
    }

    public async Task<ProjectSaveResult> CreateAsync(string userId, ProjectDraft draft, CancellationToken ct = default)
    {
        var (valid, errors) = ProjectRules.Validate(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if ((await CheckCanPostAsync(db, userId, ct) ?? await limits.CheckAsync(db, userId, Safety.LimitedAction.Projects, ProjectRules.FormField, ct)) is { } refusal)
        {
            return Refused(refusal);
        }

        if (valid is not null)
        {
            errors.AddRange(await ProjectImageRules.CheckAsync(db, userId, [], valid.Images, ct));
        }

        if (await ProjectOrganizationRules.CheckAsync(db, userId, null, draft.OrganizationId, ct) is { } notMember)
        {
            errors.Add(notMember);
        }

        if (errors.Count > 0)
        {
            return new(null, null, errors);
        }

        var project = Project.Create(userId, valid!, clock.GetUtcNow().UtcDateTime);
        project.PostUnder(draft.OrganizationId);
        project.Hold(await linkHold.HoldsAsync(db, userId, ct, valid!.Summary, valid.Description, valid.Website));
        db.Projects.Add(project);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            await search.IndexAsync(db, project, ct);
            await ProjectGitHubFacts.CopyForProjectAsync(db, project.Id, ct);
            await tx.CommitAsync(ct);
        }

        logger.LogInformation("User {UserId} posted project {ProjectId}", userId, project.Id);
        // The change is committed: shared reads and the search vocabulary must see it whatever happens next.
        changes.Advance();
        await QueueGitHubAsync(project, ct);
        await live.PublishAsync(LiveKeys.ProjectFeed, await ProjectOrganizationRules.PublishedAsync(db, project, ct));
        return new(project.Id, project.Slug, []) { HeldForReview = project.HeldForReview };
    }

    public async Task<ProjectSaveResult> UpdateAsync(string userId, int projectId, Guid expectedVersion, ProjectDraft draft, CancellationToken ct = default)
    {
        var (valid, errors) = ProjectRules.Validate(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Projects.Include(p => p.Tags).Include(p => p.Roles).Include(p => p.Images)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return Refused(new(ProjectRules.FormField, ProjectErrors.NotFound, "This project no longer exists."));
        }

        if (!project.IsOwnedBy(userId))
        {
            return Refused(new(ProjectRules.FormField, ProjectErrors.NotOwner, "Only the project's owner can change it."));
        }

        if (project.Version != expectedVersion)
        {
            return Refused(Conflict());
        }

        if (valid is not null)
        {
            errors.AddRange(await ProjectImageRules.CheckAsync(db, userId, project.Images.Select(i => i.Key).ToList(), valid.Images, ct));
        }

        if (await ProjectOrganizationRules.CheckAsync(db, userId, project.OrganizationId, draft.OrganizationId, ct) is { } notAllowed)
        {
            errors.Add(notAllowed);
        }

        if (errors.Count > 0)
        {
            return new(null, null, errors);
        }

        project.Apply(valid!, clock.GetUtcNow().UtcDateTime);
        project.PostUnder(draft.OrganizationId);
        project.Hold(await linkHold.HoldsAsync(db, userId, ct, valid!.Summary, valid.Description, valid.Website));
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await search.IndexAsync(db, project, ct);
            await ProjectGitHubFacts.CopyForProjectAsync(db, project.Id, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused(Conflict());
        }

        logger.LogInformation("User {UserId} updated project {ProjectId}", userId, project.Id);
        // The change is committed: shared reads and the search vocabulary must see it whatever happens next.
        changes.Advance();
        await QueueGitHubAsync(project, ct);
        await live.PublishAsync(LiveKeys.Project(project.Id), new ProjectUpdated(project.Id));
        await live.PublishAsync(LiveKeys.ProjectFeed, new ProjectUpdated(project.Id));
        return new(project.Id, project.Slug, []) { HeldForReview = project.HeldForReview };
    }

    public async Task<ProjectSaveResult> DeleteAsync(string userId, int projectId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Projects.Include(p => p.Images).SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return Refused(new(ProjectRules.FormField, ProjectErrors.NotFound, "This project no longer exists."));
        }

        if (!project.IsOwnedBy(userId))
        {
            return Refused(new(ProjectRules.FormField, ProjectErrors.NotOwner, "Only the project's owner can delete it."));
        }

        var uploads = project.Images.Where(i => i.IsUpload).Select(i => i.Key).ToList();
        db.Projects.Remove(project);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            await search.RemoveAsync(db, projectId, ct);
            await tx.CommitAsync(ct);
        }


        // Images shared with another project stay; the rest (and who uploaded them) go.
        var stillUsed = await db.ProjectImages.Where(i => uploads.Contains(i.Key)).Select(i => i.Key).Distinct().ToListAsync(ct);
        foreach (var hash in uploads.Except(stillUsed))
        {
            await db.UploadedImages.Where(u => u.Hash == hash).ExecuteDeleteAsync(ct);
            await images.DeleteAsync(hash, ct);
        }

        logger.LogInformation("User {UserId} deleted project {ProjectId}", userId, projectId);
        changes.Advance();
        await live.PublishAsync(LiveKeys.Project(projectId), new ProjectDeleted(projectId));
        await live.PublishAsync(LiveKeys.ProjectFeed, new ProjectDeleted(projectId));
        return new(projectId, null, []);
    }

    public async Task<ProjectDetailsView?> GetAsync(int projectId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Projects.AsNoTracking().Include(p => p.Tags).Include(p => p.Roles).Include(p => p.Images)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return null;
        }

        var owner = await db.Profiles.AsNoTracking().Where(p => p.UserId == project.OwnerId)
            .Select(p => new OwnerSummary(p.DisplayName, p.Handle, p.AvatarPath, p.Headline)).SingleOrDefaultAsync(ct);
        var organization = project.OrganizationId is { } orgId ? (await ProjectOrganizationRules.DescribeAsync(db, [orgId], ct)).GetValueOrDefault(orgId) : null;
        return new ProjectDetailsView(
            project.Id, project.OwnerId, project.Name, project.Slug, project.Summary, project.Description, project.GitHubUrl,
            project.GitHubOwner is null ? null : $"{project.GitHubOwner}/{project.GitHubRepo}", project.Website,
            project.Status, project.Commitment, project.IsJuniorFriendly,
            project.Tags.Select(t => Tags.FromKey(t.Tag)).OrderByDescending(t => t.IsLanguage).ToList(),
            project.Roles.OrderBy(r => r.Position).Select(r => new ProjectRoleView(r.Name, r.IsJuniorFriendly)).ToList(),
            project.Images.OrderBy(i => i.Position).Select(i => i.Key).ToList(),
            owner, project.CreatedAtUtc, project.UpdatedAtUtc, project.Version, project.Moderation, organization);
    }

    /// <summary>The form's starting values for an owner; refuses anyone else.</summary>
    public async Task<DomainResult<ProjectEditStart>> GetForEditAsync(string userId, int projectId, CancellationToken ct = default)
    {
        var project = await GetAsync(projectId, ct);
        if (project is null)
        {
            return DomainResult<ProjectEditStart>.Refused(new(ProjectRules.FormField, ProjectErrors.NotFound, "This project no longer exists."));
        }

        if (project.OwnerId != userId)
        {
            return DomainResult<ProjectEditStart>.Refused(new(ProjectRules.FormField, ProjectErrors.NotOwner, "Only the project's owner can change it."));
        }

        return DomainResult<ProjectEditStart>.Success(new(new ProjectDraft
        {
            Name = project.Name,
            Summary = project.Summary,
            Description = project.Description,
            GitHubUrl = project.GitHubUrl,
            Website = project.Website,
            Tags = project.Tags.Select(t => t.Label).ToList(),
            Status = project.Status,
            Commitment = project.Commitment,
            IsJuniorFriendly = project.IsJuniorFriendly,
            Roles = project.Roles.Select(r => new RoleDraft(r.Name, r.IsJuniorFriendly)).ToList(),
            Images = project.ImageKeys,
            OrganizationId = project.Organization?.Id,
        }, project.Version) { Organization = project.Organization });
    }

    /// <summary>One page of the feed (see <see cref="IProjectSearch"/>).</summary>
    public Task<ProjectFeedPage> SearchAsync(ProjectQuery query, CancellationToken ct = default) => search.SearchAsync(query, ct);

    /// <summary>Whether a project is in the results of <paramref name="query"/> (used for live feeds with a text search).</summary>
    public Task<bool> MatchesAsync(ProjectQuery query, int projectId, CancellationToken ct = default) => search.MatchesAsync(query, projectId, ct);

    /// <param name="publicOnly">For anyone but the owner: without what the moderators hid or hold.</param>
    public async Task<IReadOnlyList<ProjectCardView>> ListByOwnerAsync(string userId, bool publicOnly = false, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var owned = db.Projects.AsNoTracking().Where(p => p.OwnerId == userId && (!publicOnly || p.IsPublic));
        return await ProjectCards.ListAsync(db, owned.OrderByDescending(p => p.UpdatedAtUtc), Now, ct);
    }

    public async Task<IReadOnlyList<ProjectCardView>> ListByIdsAsync(IReadOnlyList<int> ids, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = await db.Projects.Where(p => ids.Contains(p.Id) && p.IsPublic).Select(p => p.Id).ToListAsync(ct);
        return await ProjectCards.ForIdsAsync(db, ids.Where(visible.Contains).ToList(), Now, ct);
    }

    /// <summary>The newest projects, for the home page: no total and no language counts to compute.</summary>
    public async Task<IReadOnlyList<ProjectCardView>> LatestAsync(int count, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var newest = await db.Projects.AsNoTracking().Where(p => p.IsPublic).OrderByDescending(p => p.CreatedAtUtc).ThenByDescending(p => p.Id).Select(p => p.Id).Take(count).ToListAsync(ct);
        return await ProjectCards.ForIdsAsync(db, newest, Now, ct);
    }

    private static async Task<FieldError?> CheckCanPostAsync(DevConnectDbContext db, string userId, CancellationToken ct)
    {
        var confirmed = await db.Users.Where(u => u.Id == userId).Select(u => (bool?)u.EmailConfirmed).SingleOrDefaultAsync(ct);
        return confirmed switch
        {
            null => new(ProjectRules.FormField, ProjectErrors.NotOwner, "Log in to post a project."),
            false => new(ProjectRules.FormField, ProjectErrors.EmailNotConfirmed, "Confirm your email address before posting a project."),
            _ => null,
        };
    }

    // The save is done; fetching GitHub data happens later, in the background, and may fail without consequence here.
    private async Task QueueGitHubAsync(Project project, CancellationToken ct)
    {
        if (project.GitHubOwner is null || project.GitHubRepo is null)
        {
            return;
        }

        try
        {
            await gitHub.RequestRefreshAsync(project.GitHubOwner, project.GitHubRepo, ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Could not queue a GitHub refresh for project {ProjectId}", project.Id);
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static ProjectSaveResult Refused(FieldError error) => new(null, null, [error]);

    private static FieldError Conflict() =>
        new(ProjectRules.FormField, ProjectErrors.Conflict, "Someone saved this project after you opened it. Reload to see their changes, then edit again.");
}
