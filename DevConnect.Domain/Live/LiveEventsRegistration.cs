using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DevConnect.Domain.Live;

public static class LiveEventsRegistration
{
    public const string RedisConnectionName = "Redis";

    /// <summary>
    /// One server needs nothing: events stay in the process. With <c>ConnectionStrings:Redis</c> set, events cross
    /// servers over Redis pub/sub, and the one connection is shared by whatever else needs Redis (Data Protection keys).
    /// </summary>
    public static IServiceCollection AddLiveEvents(this IServiceCollection services, IConfiguration config)
    {
        var redis = config.GetConnectionString(RedisConnectionName);
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.TryAddSingleton<ILiveEvents, InProcessLiveEvents>();
            return services;
        }

        services.TryAddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(redis);
            // Start even while Redis restarts; the multiplexer reconnects on its own and live events resume.
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.TryAddSingleton<ILiveEvents>(sp => new RedisLiveEvents(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            new InProcessLiveEvents(sp.GetRequiredService<ILogger<InProcessLiveEvents>>()),
            sp.GetServices<IRemoteEventListener>(),
            sp.GetRequiredService<ILogger<RedisLiveEvents>>()));
        return services;
    }
}
