using DevConnect.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DevConnect.Domain.Persistence;

public static class DatabaseInitializer
{
    /// <summary>Applies migrations (creating the SQLite file), when configured seeds demo data, and migrates stored images.</summary>
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

        // Before the first request, so no page ever points at an image that has no served widths yet.
        await scope.ServiceProvider.GetRequiredService<Media.StoredImageMigration>().RunAsync(ct);
    }
}
