using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DevConnect.CircuitLoad;

/// <summary>
/// What a browser reads from a prerendered page before it opens a circuit: one marker per interactive root component
/// (DevConnect has two, the head and the routes) and the protected component state.
/// </summary>
internal sealed partial record PrerenderedPage(IReadOnlyList<JsonObject> Markers, string State, long HtmlBytes = 0)
{
    public static async Task<PrerenderedPage> LoadAsync(HttpClient http, Uri url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct);
        response.EnsureSuccessStatusCode();
        return Parse(await response.Content.ReadAsStringAsync(ct));
    }

    public static PrerenderedPage Parse(string html)
    {
        // A prerendered component is bracketed by a start marker (type, descriptor, key, ...) and an end marker that
        // only repeats the prerenderId; only start markers of server components describe a root to add.
        var markers = MarkerPattern().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups["json"].Value)!.AsObject())
            .Where(m => m["type"]?.GetValue<string>() == "server")
            .ToList();
        var state = StatePattern().Match(html) is { Success: true } s ? s.Groups["state"].Value : "";
        return new(markers, state, System.Text.Encoding.UTF8.GetByteCount(html));
    }

    /// <summary>The UpdateRootComponents argument blazor.web.js sends first: one "add" per marker, numbered from 1.</summary>
    public string AddOperationsJson() => JsonSerializer.Serialize(new JsonObject
    {
        ["batchId"] = 1,
        ["operations"] = new JsonArray([.. Markers.Select((marker, i) => (JsonNode)new JsonObject
        {
            ["type"] = "add",
            ["ssrComponentId"] = i + 1,
            ["marker"] = marker.DeepClone(),
        })]),
    });

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>.*?)-->", RegexOptions.Singleline)]
    private static partial Regex StatePattern();
}
