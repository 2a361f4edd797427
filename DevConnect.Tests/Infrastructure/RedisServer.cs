using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// A private, throwaway Debian redis-server on a free 127.0.0.1 port (no persistence), one per fixture, so tests
/// never share state with each other or with a Redis someone runs here. Missing redis-server fails with how to
/// get it; ./test.sh installs it when it can.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    public static string ServerPath => Environment.GetEnvironmentVariable("REDIS_SERVER_PATH") is { Length: > 0 } path ? path : "/usr/bin/redis-server";

    public int Port { get; private set; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ServerPath))
        {
            throw new InvalidOperationException(
                $"redis-server not found at {ServerPath}. Install Debian's package (sudo apt-get install -y redis-server) or set REDIS_SERVER_PATH; ./test.sh does this for you.");
        }

        await StartAsync(FreePort());
    }

    /// <summary>Stops the server, as a crash or a network cut would look to the app.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    /// <summary>Starts it again on the same port, empty.</summary>
    public Task RestartAsync() => StartAsync(Port);

    public ValueTask DisposeAsync()
    {
        Stop();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task StartAsync(int port)
    {
        Port = port;
        var start = new ProcessStartInfo(ServerPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes" })
        {
            start.ArgumentList.Add(argument);
        }

        _process?.Dispose();
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + Patience.Wait;
        while (true)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
