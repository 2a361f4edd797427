namespace DevConnect.App.Components.Shared;

/// <summary>
/// A filter panel's search box (the feed's and the people directory's): what it shows, and the pause after typing.
/// Typing moves the address only once the keys stop for a moment, so each keystroke is not a new search; each key
/// cancels the wait of the one before.
/// </summary>
/// <remarks>
/// The box renders <see cref="Text"/>, what was typed, rather than the query's text: "Clear filters" then changes the
/// value Blazor last wrote, so the box empties even before the pause ended (a value left unchanged is not written to
/// the input). A text that comes back from the address replaces it only when it is not the one the panel asked for:
/// Back or a link does, while the page of a search still being typed does not cut what followed it.
/// </remarks>
public sealed class SearchBox : IDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(350);
    private CancellationTokenSource? _typing;
    private string _asked = "";

    /// <summary>What the box shows.</summary>
    public string Text { get; private set; } = "";

    /// <summary>A key was pressed; true once the pause after it ended, false when another key (or disposal) cut it short.</summary>
    public async Task<bool> TypedAsync(string? text)
    {
        Text = text ?? "";
        _typing?.Cancel();
        _typing?.Dispose();
        var typing = _typing = new CancellationTokenSource();
        // A key pressed within the pause cancels it: the usual case while typing, so it is awaited without throwing.
        // Back on the renderer's context, where the caller reads and changes its state.
        await Task.Delay(Pause, typing.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        return !typing.IsCancellationRequested;
    }

    /// <summary>Whether the typed text asks for another search than <paramref name="queryText"/>.</summary>
    public bool Differs(string? queryText) => Normal(Text) != Normal(queryText);

    /// <summary>The panel navigated to a query with <paramref name="queryText"/>.</summary>
    public void Asked(string? queryText) => _asked = Normal(queryText);

    /// <summary>The page handed the panel a query with <paramref name="queryText"/>.</summary>
    public void Arrived(string? queryText)
    {
        var arrived = Normal(queryText);
        if (arrived != _asked)
        {
            _asked = arrived;
            Text = queryText ?? "";
        }
    }

    /// <summary>"Clear filters": the box empties now, whatever the pause.</summary>
    public void Clear()
    {
        _typing?.Cancel();
        Text = "";
        _asked = "";
    }

    public void Dispose()
    {
        _typing?.Cancel();
        _typing?.Dispose();
    }

    // The address keeps a search trimmed (FeedUrl, PeopleUrl): "rust " and "rust" are the same search.
    private static string Normal(string? text) => text?.Trim() ?? "";
}
