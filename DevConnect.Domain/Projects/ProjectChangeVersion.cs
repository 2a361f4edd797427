namespace DevConnect.Domain.Projects;

/// <summary>
/// A number that moves every time a project is posted, edited or deleted. <see cref="ProjectService"/> advances
/// it after the commit and before the live event goes out, so a viewer who reloads on that event never gets a
/// shared read from before the change, whichever subscriber the hub happens to serve first.
/// </summary>
public sealed class ProjectChangeVersion
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Advance() => Interlocked.Increment(ref _value);
}
