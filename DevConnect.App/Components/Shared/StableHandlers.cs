namespace DevConnect.App.Components.Shared;

/// <summary>
/// One click handler per key (a chip's language, status or commitment) for a component's lifetime. A lambda over a
/// loop variable is a new delegate on every render, which Blazor treats as a new handler: each live event re-registered
/// every chip's handler in every open feed and sent them to the browser. The same delegate keeps its handler id, and an
/// unchanged chip diffs to nothing.
/// </summary>
public sealed class StableHandlers
{
    private readonly Dictionary<object, Action> _handlers = [];

    /// <summary>The handler that calls <paramref name="click"/> with <paramref name="key"/>, made the first time only.</summary>
    public Action For<TKey>(TKey key, Action<TKey> click) where TKey : notnull =>
        _handlers.TryGetValue(key, out var handler) ? handler : _handlers[key] = () => click(key);
}
