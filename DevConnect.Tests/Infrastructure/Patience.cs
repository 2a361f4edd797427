using System.Runtime.CompilerServices;
using Bunit;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// How long a test waits for something it expects to happen. Every wait ends as soon as the thing happens, so a
/// generous bound costs nothing on a quiet machine and keeps a machine busy with other work (load far above its
/// cores) from turning slowness into failures.
/// </summary>
public static class Patience
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    public static float Milliseconds => (float)Wait.TotalMilliseconds;

    /// <summary>Checks <paramref name="condition"/> every 20 ms until it holds; fails with <paramref name="failure"/> after <see cref="Wait"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(20);
        }
    }

    // bUnit waits one second by default, which a busy machine can spend before the renderer even runs.
    [ModuleInitializer]
    internal static void WidenBunitWaits() => BunitContext.DefaultWaitTimeout = Wait;
}
