using System.Security.Cryptography.X509Certificates;
using DevConnect.Domain.Live;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using StackExchange.Redis;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Where the keys behind sign-in cookies and antiforgery tokens live. One server keeps them on disk so they
/// survive a restart; several servers must read the same keys or a cookie from one is garbage on the other, so
/// with Redis configured they live there. A certificate, when configured, encrypts them at rest either way.
/// </summary>
public static class DataProtectionKeys
{
    public const string RedisKey = "devconnect:data-protection-keys";

    public static void AddDevConnectDataProtection(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        var builder = services.AddDataProtection().SetApplicationName("DevConnect");
        if (string.IsNullOrWhiteSpace(config.GetConnectionString(LiveEventsRegistration.RedisConnectionName)))
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(config["DataProtection:KeysPath"] ?? "App_Data/keys", contentRoot)));
        }
        else
        {
            // Configured through options so the one Redis connection the live bus opens is reused, not a second one.
            services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
                options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), RedisKey));
        }

        if (config["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(
                Path.GetFullPath(certificatePath, contentRoot), config["DataProtection:CertificatePassword"]);
            builder.ProtectKeysWithCertificate(certificate);
        }
    }
}
