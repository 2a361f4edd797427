using DevConnect.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Persistence;

public static class DatabaseInitializer
{
    /// <summary>Applies migrations (creating the SQLite file) and, when configured, seeds demo data.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<DevConnectDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await db.Database.MigrateAsync(ct);
        }

        if (scope.ServiceProvider.GetRequiredService<IOptions<DevConnectOptions>>().Value.SeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(ct);
        }
    }
}
