using System.Threading.Channels;

namespace Trackboard.Server.Live;

/// <summary>One open feed: the messages of one plan of one organization, oldest dropped when the reader falls behind.</summary>
internal sealed class LiveSubscription(Guid orgId, Guid planId, Action<LiveSubscription> unsubscribe) : IDisposable
{
    private const int Capacity = 1000;

    private readonly Channel<LiveMessage> _channel = Channel.CreateBounded<LiveMessage>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public Guid OrgId { get; } = orgId;

    public Guid PlanId { get; } = planId;

    public ChannelReader<LiveMessage> Reader => _channel.Reader;

    public void Offer(LiveMessage message) => _channel.Writer.TryWrite(message);

    public void Dispose()
    {
        unsubscribe(this);
        _channel.Writer.TryComplete();
    }
}
