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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Entities configured in their feature folder (IEntityTypeConfiguration); the rest below, until they move too.
        builder.ApplyConfigurationsFromAssembly(typeof(DevConnectDbContext).Assembly);

        builder.Entity<DevConnectUser>(user => user.Property(u => u.EmailNotifications).HasConversion<string>().HasMaxLength(20));

        builder.Entity<DeveloperProfile>(profile =>
        {
            profile.ToTable("Profiles");
            profile.Property(p => p.DisplayName).HasMaxLength(DeveloperProfile.DisplayNameMaxLength).IsRequired();
            profile.Property(p => p.Handle).HasMaxLength(Handle.MaxLength).IsRequired();
            profile.Property(p => p.Headline).HasMaxLength(DeveloperProfile.HeadlineMaxLength);
            profile.Property(p => p.Location).HasMaxLength(DeveloperProfile.LocationMaxLength);
            profile.Property(p => p.AvatarPath).HasMaxLength(300);
            profile.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
            // The unique index is what decides a race for a handle; the service's check only gives a nicer message first.
            profile.HasIndex(p => p.Handle).IsUnique();
            profile.HasIndex(p => p.UserId).IsUnique();
            profile.HasIndex(p => new { p.IsListedInDirectory, p.CreatedAtUtc });
            profile.HasOne(p => p.User)
                .WithOne(u => u.Profile)
                .HasForeignKey<DeveloperProfile>(p => p.UserId)
                .OnDelete(DeleteBehavior.Cascade);
            profile.Ignore(p => p.Initials);
            profile.Property(p => p.TimeZone).HasMaxLength(64);
            profile.Property(p => p.Bio).HasMaxLength(ProfileRules.BioMaxLength);
            profile.Property(p => p.PreferredCommitment).HasConversion<string>().HasMaxLength(20);
            profile.Property(p => p.Version).IsConcurrencyToken();
            profile.HasMany(p => p.Skills).WithOne().HasForeignKey(s => s.ProfileId).OnDelete(DeleteBehavior.Cascade);
            profile.HasMany(p => p.Experiences).WithOne().HasForeignKey(e => e.ProfileId).OnDelete(DeleteBehavior.Cascade);
            profile.HasMany(p => p.Education).WithOne().HasForeignKey(e => e.ProfileId).OnDelete(DeleteBehavior.Cascade);
            profile.HasMany(p => p.Links).WithOne().HasForeignKey(l => l.ProfileId).OnDelete(DeleteBehavior.Cascade);
            profile.Navigation(p => p.Skills).UsePropertyAccessMode(PropertyAccessMode.Field);
            profile.Navigation(p => p.Experiences).UsePropertyAccessMode(PropertyAccessMode.Field);
            profile.Navigation(p => p.Education).UsePropertyAccessMode(PropertyAccessMode.Field);
            profile.Navigation(p => p.Links).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.Entity<ProfileSkill>(skill =>
        {
            skill.HasKey(s => new { s.ProfileId, s.Tag });
            skill.Property(s => s.Tag).HasMaxLength(Tags.MaxLength);
            skill.Property(s => s.Level).HasConversion<string>().HasMaxLength(20);
            // Directory filter: people by skill.
            skill.HasIndex(s => new { s.Tag, s.ProfileId });
        });

        builder.Entity<Experience>(experience =>
        {
            experience.ToTable("Experiences");
            experience.Property(e => e.Title).HasMaxLength(ProfileRules.TitleMaxLength);
            experience.Property(e => e.Organisation).HasMaxLength(ProfileRules.OrganisationMaxLength);
            experience.Property(e => e.Description).HasMaxLength(ProfileRules.EntryDescriptionMaxLength);
        });

        builder.Entity<Education>(education =>
        {
            education.ToTable("Education");
            education.Property(e => e.School).HasMaxLength(ProfileRules.SchoolMaxLength);
            education.Property(e => e.Degree).HasMaxLength(ProfileRules.TitleMaxLength);
            education.Property(e => e.Field).HasMaxLength(ProfileRules.TitleMaxLength);
        });

        builder.Entity<ProfessionalLink>(link =>
        {
            link.ToTable("ProfileLinks");
            link.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
            link.Property(l => l.Url).HasMaxLength(ProfileRules.UrlMaxLength);
        });

        builder.Entity<Project>(project =>
        {
            project.Property(p => p.OwnerId).IsRequired();
            project.Property(p => p.Name).HasMaxLength(Project.NameMaxLength).IsRequired();
            project.Property(p => p.Slug).HasMaxLength(60).IsRequired();
            project.Property(p => p.Summary).HasMaxLength(Project.SummaryMaxLength).IsRequired();
            project.Property(p => p.Description).HasMaxLength(Project.DescriptionMaxLength).IsRequired();
            project.Property(p => p.GitHubOwner).HasMaxLength(39);
            project.Property(p => p.GitHubRepo).HasMaxLength(100);
            project.Property(p => p.GitHubKey).HasMaxLength(140);
            project.HasIndex(p => p.GitHubKey);
            project.Property(p => p.Website).HasMaxLength(Project.WebsiteMaxLength);
            project.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            project.Property(p => p.Commitment).HasConversion<string>().HasMaxLength(20);
            project.Property(p => p.Version).IsConcurrencyToken();
            project.Ignore(p => p.GitHubUrl);
            project.HasOne<DevConnectUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
            project.Property(p => p.GitHubStars);
            project.Property(p => p.GitHubInactiveFromUtc);
            // The feed's first page, one index per sort, in the sort's exact order (Id breaks ties), carrying every
            // column filter: the page walks the index from the top and tests filters without reading the (large)
            // project rows, so a filter matching 60% of 100k projects stops after a few dozen entries.
            project.HasIndex(p => new { p.CreatedAtUtc, p.Id, p.Status, p.Commitment, p.IsJuniorFriendly, p.GitHubInactiveFromUtc, p.GitHubKey }, "IX_Projects_Feed_Newest");
            project.HasIndex(p => new { p.UpdatedAtUtc, p.Id, p.Status, p.Commitment, p.IsJuniorFriendly, p.GitHubInactiveFromUtc, p.GitHubKey }, "IX_Projects_Feed_Updated");
            project.HasIndex(p => new { p.GitHubStars, p.CreatedAtUtc, p.Id, p.Status, p.Commitment, p.IsJuniorFriendly, p.GitHubInactiveFromUtc, p.GitHubKey }, "IX_Projects_Feed_Stars");
            project.HasIndex(p => new { p.Status, p.CreatedAtUtc });
            project.HasIndex(p => new { p.OwnerId, p.UpdatedAtUtc });
            project.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
            project.HasMany(p => p.Roles).WithOne().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
            project.HasMany(p => p.Images).WithOne().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
            project.Navigation(p => p.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);
            project.Navigation(p => p.Roles).UsePropertyAccessMode(PropertyAccessMode.Field);
            project.Navigation(p => p.Images).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.Entity<ProjectTag>(tag =>
        {
            tag.HasKey(t => new { t.ProjectId, t.Tag });
            tag.Property(t => t.Tag).HasMaxLength(Tags.MaxLength);
            // Language filter: projects by tag.
            tag.HasIndex(t => new { t.Tag, t.ProjectId });
        });

        builder.Entity<ProjectRole>(role => role.Property(r => r.Name).HasMaxLength(RoleNames.MaxLength).IsRequired());

        builder.Entity<ProjectImage>(image =>
        {
            image.Property(i => i.Key).HasMaxLength(200).IsRequired();
            image.HasIndex(i => i.Key);
            image.HasIndex(i => new { i.ProjectId, i.Position });
            image.Ignore(i => i.IsUpload);
        });

        builder.Entity<ProjectApplication>(application =>
        {
            application.ToTable("Applications");
            application.Property(a => a.Role).HasMaxLength(RoleNames.MaxLength).IsRequired();
            application.Property(a => a.Message).HasMaxLength(ProjectApplication.MessageMaxLength).IsRequired();
            application.Property(a => a.DecisionNote).HasMaxLength(ProjectApplication.NoteMaxLength);
            application.Property(a => a.Links).HasMaxLength(700);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.Version).IsConcurrencyToken();
            // At most one pending application per person and project: double clicks, two tabs and crafted requests included.
            application.HasIndex(a => new { a.ProjectId, a.ApplicantId }).IsUnique().HasFilter("\"Status\" = 'Pending'");
            application.HasIndex(a => new { a.ApplicantId, a.CreatedAtUtc });
            application.HasIndex(a => new { a.Status, a.ExpiresAtUtc });
            application.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
            application.HasOne<DevConnectUser>().WithMany().HasForeignKey(a => a.ApplicantId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<TeamMember>(member =>
        {
            member.HasKey(m => new { m.ProjectId, m.UserId });
            member.Property(m => m.Role).HasMaxLength(RoleNames.MaxLength);
            member.HasIndex(m => m.UserId);
            member.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
            member.HasOne<DevConnectUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Conversation>(conversation =>
        {
            conversation.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            conversation.HasIndex(c => c.ApplicationId);
            conversation.HasIndex(c => c.ProjectId);
            conversation.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.ConversationId).OnDelete(DeleteBehavior.Cascade);
            conversation.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ConversationParticipant>(participant =>
        {
            participant.HasKey(p => new { p.ConversationId, p.UserId });
            participant.HasIndex(p => p.UserId);
            participant.HasOne<DevConnectUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Message>(message =>
        {
            message.Property(m => m.Body).HasMaxLength(Message.MaxLength).IsRequired();
            message.HasIndex(m => new { m.ConversationId, m.SentAtUtc });
            message.HasIndex(m => new { m.SenderId, m.SentAtUtc });
            message.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Notification>(notification =>
        {
            notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
            notification.Property(n => n.Text).HasMaxLength(300);
            notification.Property(n => n.Link).HasMaxLength(200);
            notification.HasIndex(n => new { n.RecipientId, n.ReadAtUtc });
            notification.HasOne<DevConnectUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<GitHubRepoSnapshot>(repo =>
        {
            repo.HasIndex(r => r.Key).IsUnique();
            repo.HasIndex(r => r.NextRefreshAtUtc);
            repo.Property(r => r.Key).HasMaxLength(140);
            repo.Property(r => r.FullName).HasMaxLength(140);
            repo.Property(r => r.Description).HasMaxLength(1000);
            repo.Property(r => r.Topics).HasMaxLength(1000);
            repo.Property(r => r.License).HasMaxLength(100);
            repo.Property(r => r.Homepage).HasMaxLength(300);
            repo.Property(r => r.DefaultBranch).HasMaxLength(100);
            repo.Property(r => r.ETag).HasMaxLength(200);
            repo.Property(r => r.LastError).HasMaxLength(300);
            repo.HasMany(r => r.Languages).WithOne().HasForeignKey(l => l.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<GitHubRepoLanguage>(language =>
        {
            language.HasKey(l => new { l.SnapshotId, l.Name });
            language.Property(l => l.Name).HasMaxLength(60);
            language.Property(l => l.Tag).HasMaxLength(Tags.MaxLength);
            language.HasIndex(l => l.Tag);
        });

        builder.Entity<GitHubUserSnapshot>(user =>
        {
            user.HasIndex(u => u.Login).IsUnique();
            user.Property(u => u.Login).HasMaxLength(39);
            user.Property(u => u.AvatarUrl).HasMaxLength(300);
            user.Property(u => u.LastError).HasMaxLength(300);
        });

        builder.Entity<UploadedImage>(upload =>
        {
            upload.HasKey(u => new { u.Hash, u.UploadedById });
            upload.Property(u => u.Hash).HasMaxLength(64);
            upload.Property(u => u.ContentType).HasMaxLength(20);
        });
    }
}
