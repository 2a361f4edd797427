using DevConnect.Domain.Accounts;
using DevConnect.Domain.Applications;
using DevConnect.Domain.Email;
using DevConnect.Domain.GitHub;
using DevConnect.Domain.Live;
using DevConnect.Domain.Media;
using DevConnect.Domain.Moderation;
using DevConnect.Domain.Persistence;
using DevConnect.Domain.Profiles;
using DevConnect.Domain.Projects;
using DevConnect.Domain.Seeding;
using DevConnect.Domain.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain;

public static class DomainServiceCollectionExtensions
{
    public const string ConnectionStringName = "DevConnect";
    public const string DefaultConnectionString = "Data Source=App_Data/devconnect.db";

    /// <summary>
    /// Persistence, accounts' domain rules, email delivery and the domain services. Relative paths in
    /// configuration (the SQLite file, the outbox) are taken from <paramref name="contentRoot"/>.
    /// </summary>
    public static IServiceCollection AddDevConnectDomain(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DevConnectOptions>().Bind(config.GetSection(DevConnectOptions.Section)).ValidateOnStart();
        services.AddOptions<EmailOptions>().Bind(config.GetSection(EmailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.AddDevConnectDatabase(config, contentRoot);

        services.AddOptions<StorageOptions>().Bind(config.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IImageStore>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value switch
        {
            { Images: ImageStorage.Database } => ActivatorUtilities.CreateInstance<DatabaseImageStore>(sp),
            var storage => new FileSystemImageStore(Path.GetFullPath(storage.ImagesPath, contentRoot)),
        });
        services.AddLiveEvents(config);
        services.AddSingleton<MarkdownRenderer>();
        services.AddOptions<GitHubOptions>().Bind(config.GetSection(GitHubOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Octokit.Caching.IResponseCache, DatabaseResponseCache>();
        services.AddSingleton<IGitHubBudget, DatabaseGitHubBudget>();
        GitHubClients.Register(services);
        services.AddSingleton<GitHubClients>();
        services.AddSingleton<GitHubRefreshQueue>();
        services.AddSingleton<GitHubReads>();
        services.AddSingleton<GitHubSync>();
        services.AddSingleton<Jobs.JobLeases>();
        services.AddSingleton<ProjectChangeVersion>();
        services.AddSingleton<IRemoteEventListener, RemoteProjectChanges>();
        services.AddSingleton<LanguageCountCache>();
        services.AddOptions<FeedOptions>().Bind(config.GetSection(FeedOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SearchVocabulary>();
        services.AddSingleton<SharedProjectReads>();
        services.AddOptions<Safety.LimitsOptions>().Bind(config.GetSection(Safety.LimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Safety.MemberLimits>();
        services.AddSingleton<Safety.BlockService>();
        services.AddSingleton<Moderation.PlatformHealthService>();
        services.AddSingleton<ProjectService>();
        services.AddOptions<ApplicationOptions>().Bind(config.GetSection(ApplicationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TeamReads>();
        services.AddSingleton<TeamChangeVersion>();
        services.AddSingleton<KeptStandings>();
        services.AddSingleton<IRemoteEventListener, RemoteTeamChanges>();
        services.AddSingleton<ApplicationService>();
        services.AddOptions<Messaging.PublicUrlOptions>().Bind(config.GetSection(DevConnectOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Messaging.NotificationEmails>();
        services.AddSingleton<Messaging.NotificationService>();
        services.AddSingleton<Messaging.MessagingService>();
        services.AddSingleton<Organizations.OrganizationService>();
        services.AddSingleton<Organizations.OrganizationEmails>();
        services.AddSingleton<Organizations.OrganizationMembership>();
        services.AddSingleton<TeamRecord.TeamRecordService>();
        services.AddSingleton<TeamRecord.KeptTeamRecords>();
        services.AddSingleton<Organizations.OrganizationContact>();
        services.AddSingleton<Organizations.VerifiedOrganizationMembers>();
        services.AddSingleton<Opportunities.OpportunityService>();
        services.AddSingleton<Opportunities.OpportunityApplications>();
        services.AddSingleton<Matching.SharedMatchReads>();
        services.AddSingleton<Matching.KeptRankings>();
        services.AddSingleton<Matching.MatchingService>();
        services.AddOptions<Matching.MatchingOptions>().Bind(config.GetSection(Matching.MatchingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Matching.InvitationService>();
        services.AddSingleton<Matching.MentoringService>();
        services.AddSingleton<Matching.ProjectDigestEmails>();
        services.AddSingleton<ImageProcessor>();
        services.AddSingleton<ImageUploadService>();
        services.AddSingleton<StoredImageMigration>();

        services.AddScoped<RegistrationService>();
        services.AddOptions<Accounts.Sessions.UserSessionOptions>().Bind(config.GetSection(Accounts.Sessions.UserSessionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Accounts.Sessions.UserSessionService>();
        services.AddScoped<Accounts.Sessions.AccountLockService>();
        services.AddSingleton<ProfileService>();
        services.AddSingleton<SharedPeopleReads>();
        services.AddSingleton<KeptPublicProfiles>();
        services.AddSingleton<ProfileEditService>();
        services.AddSingleton<DemoDataSeeder>();
        services.AddModeration(config);
        services.TryAddSingleton<IPasswordHasher<DevConnectUser>, PasswordHasher<DevConnectUser>>();
        services.TryAddSingleton<ILookupNormalizer, UpperInvariantLookupNormalizer>();

        services.AddOptions<OutboxOptions>().Bind(config.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<EmailOutbox>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<IEmailTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmailOptions>>();
            return string.IsNullOrWhiteSpace(options.Value.SmtpHost)
                ? new PickupFolderEmailTransport(Path.GetFullPath(options.Value.OutboxPath, contentRoot), sp.GetRequiredService<ILogger<PickupFolderEmailTransport>>())
                : ActivatorUtilities.CreateInstance<SmtpEmailTransport>(sp);
        });
        return services;
    }

    /// <summary>Makes a relative SQLite file path absolute under the content root and creates its folder when it can.</summary>
    public static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Not here, while services are registered: opening the file fails next, and the app's start-up check
                // turns that into one clear line and a non-zero exit.
            }
        }

        return builder.ToString();
    }
}
