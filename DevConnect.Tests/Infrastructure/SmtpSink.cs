using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace DevConnect.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on 127.0.0.1 that speaks just enough (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) for
/// MailKit, and keeps what it receives. <see cref="RefuseRecipient"/> makes it answer RCPT with a temporary failure,
/// as a mail server having a bad moment does.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _accepting;

    private SmtpSink(int port)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>Recipients for whom RCPT is answered "451 try again later".</summary>
    public Func<string, bool> RefuseRecipient { get; set; } = _ => false;

    public IReadOnlyList<MimeMessage> Received => [.. _received];

    /// <summary>Starts on <paramref name="port"/> (0: any free one).</summary>
    public static SmtpSink Start(int port = 0) => new(port);

    /// <summary>A loopback port nobody listens on (yet): connecting to it is refused.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>Waits (generously bounded) until <paramref name="count"/> messages in all have arrived.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count)
    {
        while (_received.Count < count)
        {
            Assert.True(await _arrived.WaitAsync(Patience.Wait), $"the SMTP sink received {_received.Count} of {count} messages");
        }

        return Received;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, new UTF8Encoding(false), false, 1024, leaveOpen: true);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1024, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 sink.test ESMTP ready");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteAsync("250-sink.test\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n");
                        break;
                    case "HELO" or "MAIL" or "RSET" or "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        var address = line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)];
                        await writer.WriteLineAsync(RefuseRecipient(address) ? "451 4.3.0 Try again later" : "250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        _received.Enqueue(MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(data.ToString()))));
                        await writer.WriteLineAsync("250 2.0.0 Queued");
                        _arrived.Release();
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the sink is stopping.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
        _arrived.Dispose();
    }
}
