using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.Domain.Moderation;

public static class ModerationRegistration
{
    /// <summary>Reports, the moderators' services and their settings (<c>Admin</c>, <c>Moderation</c>), checked at start.</summary>
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<AdminOptions>().Bind(config.GetSection(AdminOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ModerationOptions>().Bind(config.GetSection(ModerationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ModerationAccess>();
        services.AddSingleton<LinkHold>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<ModerationService>();
        services.AddSingleton<MemberModerationService>();
        services.AddSingleton<ModeratorRoles>();
        services.AddSingleton<ModeratorDirectory>();
        services.AddSingleton<ModerationQueue>();
        return services;
    }
}
