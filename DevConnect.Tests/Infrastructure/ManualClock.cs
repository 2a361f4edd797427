namespace DevConnect.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, for waits measured in minutes (rate-limit resets, back-off).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
