namespace DevConnect.App.Components.Shared;

/// <summary>
/// The queries a filter panel asked for whose page has not come back yet. On <c>/projects</c> and <c>/people</c> the
/// filters are an island: a click moves the address through an enhanced navigation, and the new query comes back as
/// a parameter only once the server rendered the page again. A second click before then must build on the first
/// (and the chips show it at once), not on the query still shown, or it would replace it.
/// </summary>
/// <remarks>
/// The first click's query can come back after the second click: it is one of ours, so the second stays in force
/// until its own query arrives. A query that was never asked for (Back, a link) wins over everything pending.
/// </remarks>
public sealed class PendingQueries<TQuery>(Func<TQuery, string> keyOf) where TQuery : class
{
    private readonly List<TQuery> _pending = [];
    private string? _lastArrived;

    /// <summary>What the panel shows and builds on: the last query asked for, else the one the page handed it.</summary>
    public TQuery Current(TQuery arrived) => _pending.Count > 0 ? _pending[^1] : arrived;

    /// <summary>The panel navigates to <paramref name="query"/>.</summary>
    public void Asked(TQuery query) => _pending.Add(query);

    /// <summary>The page handed the panel <paramref name="arrived"/> (from OnParametersSet).</summary>
    public void Arrived(TQuery arrived)
    {
        var key = keyOf(arrived);
        if (key != _lastArrived)
        {
            _lastArrived = key;
            var index = _pending.FindIndex(q => keyOf(q) == key);
            if (index < 0)
            {
                _pending.Clear();
            }
            else
            {
                _pending.RemoveRange(0, index + 1);
            }
        }

        // A click that asked for the page already shown: nothing new will arrive for it.
        if (_pending.Count > 0 && keyOf(_pending[^1]) == key)
        {
            _pending.Clear();
        }
    }
}
