using DevConnect.Domain.Accounts;
using DevConnect.Domain.Applications;
using DevConnect.Domain.GitHub;
using DevConnect.Domain.Messaging;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Persistence;

public sealed class DevConnectDbContext(DbContextOptions<DevConnectDbContext> options)
    : IdentityDbContext<DevConnectUser>(options)
{
    public DbSet<DeveloperProfile> Profiles => Set<DeveloperProfile>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectTag> ProjectTags => Set<ProjectTag>();

    public DbSet<ProjectImage> ProjectImages => Set<ProjectImage>();

    public DbSet<UploadedImage> UploadedImages => Set<UploadedImage>();

    public DbSet<ProjectApplication> Applications => Set<ProjectApplication>();

    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<ConversationParticipant> ConversationParticipants => Set<ConversationParticipant>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Email.OutboxMessage> OutboxMessages => Set<Email.OutboxMessage>();

    public DbSet<GitHubRepoSnapshot> GitHubRepos => Set<GitHubRepoSnapshot>();

    public DbSet<GitHubRepoLanguage> GitHubRepoLanguages => Set<GitHubRepoLanguage>();

    public DbSet<GitHubUserSnapshot> GitHubUsers => Set<GitHubUserSnapshot>();

    public DbSet<GitHubBudgetState> GitHubBudget => Set<GitHubBudgetState>();

    public DbSet<GitHubCachedResponse> GitHubResponses => Set<GitHubCachedResponse>();

    public DbSet<Accounts.Sessions.UserSession> UserSessions => Set<Accounts.Sessions.UserSession>();

    public DbSet<Jobs.JobLease> JobLeases => Set<Jobs.JobLease>();

    public DbSet<Media.StoredImageVariant> StoredImageVariants => Set<Media.StoredImageVariant>();

    public DbSet<Organizations.Organization> Organizations => Set<Organizations.Organization>();

    public DbSet<Organizations.OrganizationToken> OrganizationTokens => Set<Organizations.OrganizationToken>();

    public DbSet<Moderation.Report> Reports => Set<Moderation.Report>();

    public DbSet<Moderation.AuditEntry> ModerationAudit => Set<Moderation.AuditEntry>();

    // The moderation audit log is append-only, whatever a caller changed in its context.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Moderation.AuditLogGuard.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Moderation.AuditLogGuard.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Each entity is configured in its feature folder (an IEntityTypeConfiguration beside the entity).
        builder.ApplyConfigurationsFromAssembly(typeof(DevConnectDbContext).Assembly);
    }
}
