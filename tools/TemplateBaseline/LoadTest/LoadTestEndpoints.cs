using System.Diagnostics;

namespace TemplateBaseline.LoadTest;

/// <summary>
/// Only for tools/CircuitLoad, and only when <c>LoadTest:Enabled</c> is true (off by default): publishes a name to
/// every open /watch page and reports how long the publish call took (the publisher's wait), like DevConnect's.
/// </summary>
public static class LoadTestEndpoints
{
    public static WebApplication MapLoadTestEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("LoadTest:Enabled"))
        {
            return app;
        }

        app.MapPost("/_loadtest/publish", (string name, PublishNotifier notifier) =>
        {
            var watch = Stopwatch.StartNew();
            notifier.Publish(name);
            return Results.Ok(new { elapsedMs = watch.Elapsed.TotalMilliseconds });
        }).DisableAntiforgery();
        return app;
    }
}
