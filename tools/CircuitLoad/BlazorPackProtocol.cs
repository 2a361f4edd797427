using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace DevConnect.CircuitLoad;

/// <summary>
/// Blazor's hub only accepts the MessagePack hub protocol under the name "blazorpack"; the wire format is the same,
/// so this wraps the public MessagePack protocol and renames it. It also counts every byte the server sent, so a
/// circuit's cost on the wire includes what is not a render batch (JS calls, acknowledgements, pings).
/// </summary>
internal sealed class BlazorPackProtocol : IHubProtocol
{
    // JS.BeginInvokeJS gained arguments across .NET versions (result type, target instance, call type). Rather than
    // bet on one shape, a call that does not bind with the registered parameter list is read again with one fewer.
    private const string BeginInvokeJS = "JS.BeginInvokeJS";

    private readonly MessagePackHubProtocol _inner = new();
    private long _bytesReceived;

    public string Name => "blazorpack";

    public int Version => _inner.Version;

    public TransferFormat TransferFormat => TransferFormat.Binary;

    public long BytesReceived => Interlocked.Read(ref _bytesReceived);

    public bool IsVersionSupported(int version) => _inner.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var start = input;
        if (!_inner.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        if (message is InvocationBindingFailureMessage { Target: BeginInvokeJS })
        {
            var retry = start;
            if (_inner.TryParseMessage(ref retry, new ShorterBinder(binder), out var shorter) && shorter is InvocationMessage)
            {
                message = shorter;
                input = retry;
            }
        }

        Interlocked.Add(ref _bytesReceived, start.Length - input.Length);
        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _inner.GetMessageBytes(message);

    private sealed class ShorterBinder(IInvocationBinder inner) : IInvocationBinder
    {
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => [.. inner.GetParameterTypes(methodName).SkipLast(1)];

        public Type GetReturnType(string invocationId) => inner.GetReturnType(invocationId);

        public Type GetStreamItemType(string streamId) => inner.GetStreamItemType(streamId);

        public string? GetTarget(ReadOnlySpan<byte> utf8Bytes) => inner.GetTarget(utf8Bytes);
    }
}
