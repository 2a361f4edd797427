using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace DevConnect.CircuitLoad;

/// <summary>What opening one circuit cost: GET → first render batch, and what the server sent until it went quiet.</summary>
internal sealed record CircuitStart(TimeSpan Latency, long RenderBytes, long WireBytes, int Batches, long PageBytes, long SocketBytes);

/// <summary>
/// One headless browser tab as blazor.web.js drives it (ComponentHub in ASP.NET Core 10): StartCircuit with no
/// components and the page's state, then UpdateRootComponents adding every prerendered root, acknowledging each
/// render batch and answering each JS call with a successful empty result so the circuit carries on.
/// </summary>
internal sealed class CircuitClient(HttpClient http, Uri url) : IAsyncDisposable
{
    private readonly BlazorPackProtocol _protocol = new();
    private readonly TaskCompletionSource<long> _firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubConnection? _hub;
    private string? _secret;
    private long _lastBatchAt;
    private long _renderBytes;
    private int _batches;
    private int _jsCalls;
    private volatile bool _closing;
    private volatile Watch? _watch;
    private CountingStream? _socket;
    private HttpMessageInvoker? _socketInvoker;
    private long _pageBytes;

    /// <summary>
    /// Offer permessage-deflate when the WebSocket opens, as Chromium does (--deflate). Blazor accepts it unless
    /// DisableWebSocketCompression is set; the socket's byte count is then what a browser receives, and the server
    /// pays for compressing every batch, as it does for real visitors.
    /// </summary>
    public static bool NegotiateDeflate { get; set; }

    public string? Error { get; private set; }

    public int JsCalls => Volatile.Read(ref _jsCalls);

    public long RenderBytes => Interlocked.Read(ref _renderBytes);

    /// <summary>Connects; returns once the first render batch arrived (the start latency is then known).</summary>
    public async Task<long> ConnectAsync(long startedAt, TimeSpan timeout, CancellationToken ct)
    {
        var page = await PrerenderedPage.LoadAsync(http, url, ct);
        _pageBytes = page.HtmlBytes;
        if (page.Markers.Count == 0)
        {
            throw new InvalidOperationException($"{url} has no Blazor server component marker: is it interactive?");
        }

        var baseUri = new Uri(url, "/");
        _hub = Build(new Uri(baseUri, "_blazor"));
        await _hub.StartAsync(ct);
        _secret = await _hub.InvokeAsync<string?>("StartCircuit", baseUri.AbsoluteUri, url.AbsoluteUri, "[]", page.State, ct);
        if (string.IsNullOrEmpty(_secret))
        {
            throw new InvalidOperationException(Error ?? "the server refused StartCircuit");
        }

        await _hub.SendAsync("UpdateRootComponents", page.AddOperationsJson(), page.State, ct);
        var first = await _firstBatch.Task.WaitAsync(timeout, ct);
        return first - startedAt;
    }

    /// <summary>Waits until no render batch came for <paramref name="quiet"/>: the page has finished starting.</summary>
    public async Task<CircuitStart> SettleAsync(long startedAt, TimeSpan quiet, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastBatchAt)) < quiet && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(quiet / 4, ct);
        }

        return new(Stopwatch.GetElapsedTime(startedAt, await _firstBatch.Task), RenderBytes, _protocol.BytesReceived,
            Volatile.Read(ref _batches), _pageBytes, _socket?.BytesRead ?? 0);
    }

    /// <summary>Completes with the timestamp of the first render batch whose bytes contain <paramref name="text"/>.</summary>
    public Task<long> WatchFor(string text)
    {
        var watch = new Watch(System.Text.Encoding.UTF8.GetBytes(text));
        _watch = watch;
        return watch.Seen.Task;
    }

    private HubConnection Build(Uri hubUrl)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(hubUrl, options =>
            {
                // A browser negotiates first; skipping it saves a request per circuit and changes nothing on the server.
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = (context, ct) => OpenSocketAsync(context.Uri, ct);
            })
            // On a loaded 2-core machine a ping can be late; a dropped circuit would be counted as an error, wrongly.
            .WithServerTimeout(TimeSpan.FromMinutes(3));
        builder.Services.AddSingleton<IHubProtocol>(_protocol);
        var hub = builder.Build();

        hub.On<long, byte[]>("JS.RenderBatch", (batchId, data) =>
        {
            var now = Stopwatch.GetTimestamp();
            if (_watch is { } watch && data.AsSpan().IndexOf(watch.Text) >= 0)
            {
                watch.Seen.TrySetResult(now);
            }

            Interlocked.Add(ref _renderBytes, data.Length);
            Interlocked.Increment(ref _batches);
            Interlocked.Exchange(ref _lastBatchAt, now);
            _firstBatch.TrySetResult(now);
            return hub.SendAsync("OnRenderCompleted", batchId, null);
        });

        // ASP.NET Core 10 (runtime 10.0.12 here) sends (asyncHandle, identifier, argsJson, resultType, targetInstanceId,
        // callType); the protocol wrapper also binds the older five-argument form. Every call succeeds with null: the
        // few that expect a value (MudBlazor's window size, its popover provider count) get none, and cope.
        hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], args =>
        {
            Interlocked.Increment(ref _jsCalls);
            var handle = (long)args[0]!;
            // To see which interop calls a page makes at start (each serialized type costs the circuit metadata).
            if (Environment.GetEnvironmentVariable("CIRCUITLOAD_TRACE_JS") is { Length: > 0 })
            {
                Console.Error.WriteLine($"JS call: {args[1]} {args[2]}");
            }

            var result = string.Create(CultureInfo.InvariantCulture, $"[{handle},true,null]");
            return hub.SendAsync("EndInvokeJSFromDotNet", handle, true, result);
        });

        // Sent for components attached the pre-.NET 8 way and after UpdateRootComponents: nothing to do headless.
        hub.On<int, string>("JS.AttachComponent", (_, _) => { });
        hub.On<long>("JS.EndUpdateRootComponents", _ => { });
        hub.On<string>("JS.Error", error => Error ??= $"JS.Error: {error}");
        hub.Closed += ex =>
        {
            if (!_closing)
            {
                Error ??= $"connection closed: {ex?.Message ?? "by the server"}";
            }

            return Task.CompletedTask;
        };
        return hub;
    }

    // The WebSocket over a socket whose reads are counted, with deflate offered when asked.
    private async ValueTask<WebSocket> OpenSocketAsync(Uri uri, CancellationToken ct)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, token);
                return _socket = new CountingStream(new NetworkStream(socket, ownsSocket: true));
            },
        };
        var webSocket = new ClientWebSocket();
        if (NegotiateDeflate)
        {
            webSocket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        }

        _socketInvoker = new HttpMessageInvoker(handler);
        await webSocket.ConnectAsync(uri, _socketInvoker, ct);
        return webSocket;
    }

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        if (_secret is not null)
        {
            // What blazor.web.js beacons when a tab closes: the server disposes the circuit now instead of keeping it
            // for the disconnected-circuit retention period, so one scenario's circuits do not weigh on the next.
            try
            {
                using var form = new FormUrlEncodedContent([new("circuitId", _secret)]);
                using var response = await http.PostAsync(new Uri(url, "/_blazor/disconnect"), form);
            }
            catch (HttpRequestException)
            {
                // The server is gone; nothing to release.
            }
        }

        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        // Each circuit's socket has its own handler (to count its bytes alone): release it with the circuit.
        _socketInvoker?.Dispose();
    }

    private sealed record Watch(byte[] Text)
    {
        public TaskCompletionSource<long> Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
