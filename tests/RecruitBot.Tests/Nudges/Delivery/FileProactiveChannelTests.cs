using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Nudges;
using RecruitBot.Nudges.Delivery;

namespace RecruitBot.Tests.Nudges.Delivery;

public sealed class FileProactiveChannelTests
{
    private static readonly CardReply Card = new("nudge", new Dictionary<string, object?>(), "Nudge");

    [Fact]
    public async Task DeliverAsync_SameOutboxIdAgainAfterRestart_RecordedAsDuplicateNotAccepted()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rb-file-channel-{Guid.NewGuid():N}.tsv");
        var options = Options.Create(new DeliveryOptions { FileChannelPath = path });
        var id = Guid.NewGuid();
        var request = new DeliveryRequest(id, "k1", "t1", "user:u1", Card, 1);

        var first = await new FileProactiveChannel(options, TimeProvider.System).DeliverAsync(request, CancellationToken.None);
        var afterRestart = await new FileProactiveChannel(options, TimeProvider.System).DeliverAsync(request with { Attempt = 2 }, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, first.Outcome);
        Assert.Equal(DeliveryOutcome.Sent, afterRestart.Outcome);
        var kinds = File.ReadAllLines(path).Select(l => l.Split('\t')[0]).ToArray();
        Assert.Equal(["accepted", "duplicate"], kinds);
        Assert.Equal([id], FileProactiveChannel.Load(path));
    }

    [Fact]
    public void Load_TornLastLine_Ignored()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rb-file-channel-{Guid.NewGuid():N}.tsv");
        var id = Guid.NewGuid();
        File.WriteAllText(path, $"accepted\t{id}\tk\tt\tuser:u\t1\naccepted\t{Guid.NewGuid()}\tk2");
        Assert.Equal([id], FileProactiveChannel.Load(path));
    }
}
