using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DevConnect.Domain.Live;

/// <summary>
/// The several-server hub: every server publishes to one Redis pub/sub channel and hears every other server's
/// events there. Subscriptions stay local (an <see cref="InProcessLiveEvents"/> per server), so a circuit still
/// drains its own queue and a publisher still waits for nothing: its own server's watchers get the event at
/// once, and a single sender loop hands it to Redis afterwards. A server ignores its own echo, so nobody hears
/// an event twice. Redis being down costs the other servers that event (logged), never an error for the member.
/// </summary>
public sealed class RedisLiveEvents : ILiveEvents, IDisposable
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("devconnect:live");

    private readonly IConnectionMultiplexer _redis;
    private readonly InProcessLiveEvents _local;
    private readonly IReadOnlyList<IRemoteEventListener> _remoteListeners;
    private readonly ILogger<RedisLiveEvents> _logger;
    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly Channel<string> _outgoing = System.Threading.Channels.Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ChannelMessageQueue _incoming;
    private readonly Task _sender;

    public RedisLiveEvents(IConnectionMultiplexer redis, InProcessLiveEvents local, IEnumerable<IRemoteEventListener> remoteListeners, ILogger<RedisLiveEvents> logger)
    {
        _redis = redis;
        _local = local;
        _remoteListeners = [.. remoteListeners];
        _logger = logger;
        // A message queue (not a handler) keeps Redis's order: edits to one project arrive as they were made.
        _incoming = redis.GetSubscriber().Subscribe(Channel);
        _incoming.OnMessage(Receive);
        _sender = Task.Run(SendAsync);
    }

    public int SubscriberCount => _local.SubscriberCount;

    public IDisposable Subscribe<TEvent>(string key, Func<TEvent, Task> handler) => _local.Subscribe(key, handler);

    public Task PublishAsync<TEvent>(string key, TEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        var type = liveEvent.GetType();
        var envelope = new Envelope(_origin, key, LiveEventTypes.NameOf(type), JsonSerializer.SerializeToElement(liveEvent, type, Wire.Options));
        _local.Deliver(key, liveEvent);
        _outgoing.Writer.TryWrite(JsonSerializer.Serialize(envelope, Wire.Options));
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _outgoing.Writer.TryComplete();
        _sender.Wait(TimeSpan.FromSeconds(5));
        _incoming.Unsubscribe();
        _local.Dispose();
    }

    private async Task SendAsync()
    {
        var subscriber = _redis.GetSubscriber();
        await foreach (var message in _outgoing.Reader.ReadAllAsync())
        {
            try
            {
                // Fire-and-forget only queues the command on the connection, so a slow Redis never backs up here.
                await subscriber.PublishAsync(Channel, message, CommandFlags.FireAndForget);
            }
            catch (Exception e) when (e is RedisException or ObjectDisposedException)
            {
                _logger.LogWarning(e, "A live event could not reach the other servers");
            }
        }
    }

    private void Receive(ChannelMessage message)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(message.Message.ToString(), Wire.Options);
            if (envelope is null || envelope.Origin == _origin)
            {
                return;
            }

            if (!LiveEventTypes.TryGetType(envelope.Type, out var type))
            {
                // A newer server may publish an event this build does not know; its listeners are not here either.
                _logger.LogWarning("A live event of unknown type {Type} arrived from another server and was ignored", envelope.Type);
                return;
            }

            if (envelope.Event.Deserialize(type, Wire.Options) is { } liveEvent)
            {
                foreach (var listener in _remoteListeners)
                {
                    listener.Heard(envelope.Key, liveEvent);
                }

                _local.Deliver(envelope.Key, liveEvent);
            }
        }
        catch (JsonException e)
        {
            _logger.LogWarning(e, "A malformed live event arrived from Redis and was ignored");
        }
    }

    private sealed record Envelope(string Origin, string Key, string Type, JsonElement Event);

    private static class Wire
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    }
}
