using System.Threading.Channels;

namespace RecruitBot.Channels.Slack.Inbox;

/// <summary>
/// In-memory wake-up for the worker. Bounded so a burst cannot grow memory; an id that does not fit stays pending
/// in the inbox and is found by the worker's sweep, so dropping here loses nothing.
/// </summary>
public sealed class SlackInboxQueue
{
    private readonly Channel<Guid> _channel;

    public SlackInboxQueue(int capacity)
    {
        _channel = Channel.CreateBounded<Guid>(new BoundedChannelOptions(Math.Max(1, capacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    public bool TryEnqueue(Guid id) => _channel.Writer.TryWrite(id);

    public ChannelReader<Guid> Reader => _channel.Reader;
}
