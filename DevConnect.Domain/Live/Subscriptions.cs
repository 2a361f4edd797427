namespace DevConnect.Domain.Live;

/// <summary>Several live subscriptions that end together, for a listener that follows more than one event type.</summary>
public sealed class Subscriptions(params IDisposable[] parts) : IDisposable
{
    public void Dispose()
    {
        foreach (var part in parts)
        {
            part.Dispose();
        }
    }
}
