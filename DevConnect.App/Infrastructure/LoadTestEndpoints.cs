using System.Diagnostics;
using DevConnect.Domain.Accounts;
using DevConnect.Domain.Projects;
using Microsoft.AspNetCore.Identity;

namespace DevConnect.App.Infrastructure;

/// <summary>
/// Only for tools/CircuitLoad, and only when <c>LoadTest:Enabled</c> is true (never in production; off by default).
/// The load client runs out of process and cannot click through the editor in a thousand circuits, so this endpoint
/// publishes a project through the same <see cref="ProjectService.CreateAsync"/> the editor calls, as the demo owner,
/// and reports how long that call took: the publisher's wait. The live delivery it triggers is the real one.
/// </summary>
public static class LoadTestEndpoints
{
    public const string EnabledKey = "LoadTest:Enabled";

    // The demo owner of the seeded community: a real, confirmed member, so every rule of CreateAsync applies.
    private const string PublisherEmail = "ada@demo.devconnect.local";

    public static IEndpointRouteBuilder MapLoadTestEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(EnabledKey))
        {
            return app;
        }

        app.Logger.LogWarning("Load-test endpoints are enabled ({Key}); never do this in production", EnabledKey);
        app.MapPost("/_loadtest/publish", async (string name, UserManager<DevConnectUser> users, ProjectService projects, CancellationToken ct) =>
        {
            var publisher = await users.FindByEmailAsync(PublisherEmail);
            if (publisher is null)
            {
                return Results.Problem($"{PublisherEmail} does not exist: start the app with DevConnect:SeedDemoData=true.");
            }

            var watch = Stopwatch.StartNew();
            var result = await projects.CreateAsync(publisher.Id, new ProjectDraft
            {
                Name = name,
                Summary = "Published by tools/CircuitLoad to time live delivery.",
                Tags = ["csharp"],
            }, ct);
            watch.Stop();
            return result.Errors.Count > 0
                ? Results.BadRequest(result.Errors.Select(e => e.Message))
                : Results.Ok(new { elapsedMs = watch.Elapsed.TotalMilliseconds, id = result.ProjectId });
        }).DisableAntiforgery();
        return app;
    }
}
