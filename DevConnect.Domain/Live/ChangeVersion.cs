namespace DevConnect.Domain.Live;

/// <summary>
/// A number that moves with every change of one kind, on any server: reads kept in memory remember the number they
/// were read at and are served only while it has not moved. The service that makes the change advances it after the
/// commit and before its live event goes out, so a page that reloads on that event never gets a read from before the
/// change; an <see cref="IRemoteEventListener"/> advances it for changes made on other servers.
/// </summary>
public abstract class ChangeVersion
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Advance() => Interlocked.Increment(ref _value);
}
