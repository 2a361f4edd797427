using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DevConnect.App.Infrastructure;

/// <summary>Bound from <c>Circuits</c>: what one Blazor circuit and one client address may hold on this server.</summary>
public sealed class CircuitLimitOptions
{
    public const string Section = "Circuits";

    /// <summary>Open circuits (tabs, including disconnected ones still kept) one client address may hold.</summary>
    [Range(1, 1_000_000)]
    public int MaxPerClient { get; set; } = 20;

    /// <summary>How many disconnected circuits the server keeps so a tab can come back (e.g. after a network blip).</summary>
    [Range(0, 100_000)]
    public int DisconnectedMaxRetained { get; set; } = 100;

    /// <summary>How long a disconnected circuit is kept before its state is dropped.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan DisconnectedRetention { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long a .NET → JavaScript call may wait for the browser (also the gap allowed between upload chunks).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan JSInteropTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Largest message a browser may send over the circuit. Blazor's 32 KB default only just fits the longest
    /// bio or message (4,000 characters, up to 16 KB of UTF-8) with its event envelope; 64 KB leaves room while a
    /// single message still cannot hold much memory.
    /// </summary>
    [Range(32 * 1024, 1024 * 1024)]
    public long MaxReceiveMessageSize { get; set; } = 64 * 1024;
}

/// <summary>
/// Interactive Server settings in one place, and a per-address limit on open circuits: each circuit is a live
/// renderer with its components in server memory, so one client opening hundreds of tabs (or a script opening
/// circuits) must not take the server's memory from everyone else.
/// </summary>
public static class Circuits
{
    public static IServerSideBlazorBuilder AddDevConnectCircuits(this IServerSideBlazorBuilder blazor, IConfiguration config)
    {
        var services = blazor.Services;
        var options = StartupOptions.Read<CircuitLimitOptions>(config, CircuitLimitOptions.Section);
        services.AddSingleton(options);
        services.AddHttpContextAccessor();
        services.AddSingleton<OpenCircuitsPerClient>();
        services.AddScoped<CircuitAdmission>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, ClientCircuitLimitHandler>());

        blazor
            .AddCircuitOptions(circuit =>
            {
                circuit.DisconnectedCircuitMaxRetained = options.DisconnectedMaxRetained;
                circuit.DisconnectedCircuitRetentionPeriod = options.DisconnectedRetention;
                circuit.JSInteropDefaultCallTimeout = options.JSInteropTimeout;
            })
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = options.MaxReceiveMessageSize);
        return blazor;
    }
}

/// <summary>Whether this circuit was admitted; the layout shows a notice instead of the page when it was not.</summary>
public sealed class CircuitAdmission
{
    public bool Refused { get; internal set; }

    public int Limit { get; internal set; }
}

/// <summary>Open circuits per client address, across the whole server.</summary>
public sealed class OpenCircuitsPerClient
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    public bool TryOpen(string client, int limit)
    {
        while (true)
        {
            var current = _open.GetOrAdd(client, 0);
            if (current >= limit)
            {
                return false;
            }

            if (_open.TryUpdate(client, current + 1, current))
            {
                return true;
            }
        }
    }

    public void Close(string client)
    {
        while (_open.TryGetValue(client, out var current))
        {
            // Drop the entry at zero so addresses seen once leave nothing behind.
            if (current <= 1 ? _open.TryRemove(new KeyValuePair<string, int>(client, current)) : _open.TryUpdate(client, current - 1, current))
            {
                return;
            }
        }
    }

    public int CountFor(string client) => _open.GetValueOrDefault(client);
}

/// <summary>
/// Counts a circuit against its client address when it opens (before any root component renders) and releases
/// it when the circuit is finally closed. Beyond the limit the circuit is not admitted: Blazor has no hook that
/// refuses a circuit with a message, so the layout renders only a notice (no page, no queries, no live
/// subscriptions) and the tab works again once the visitor closes other tabs and reloads.
/// </summary>
internal sealed class ClientCircuitLimitHandler(
    OpenCircuitsPerClient open, CircuitLimitOptions options, CircuitAdmission admission, IHttpContextAccessor http, ILogger<ClientCircuitLimitHandler> logger)
    : CircuitHandler
{
    private string? _client;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        // The circuit starts inside the WebSocket request, whose connection tells the client's address.
        var client = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (client is null)
        {
            return Task.CompletedTask;
        }

        if (open.TryOpen(client, options.MaxPerClient))
        {
            _client = client;
        }
        else
        {
            admission.Refused = true;
            admission.Limit = options.MaxPerClient;
            logger.LogWarning("Circuit refused: {Client} already has {Limit} open circuits", client, options.MaxPerClient);
        }

        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _client, null) is { } client)
        {
            open.Close(client);
        }

        return Task.CompletedTask;
    }
}
