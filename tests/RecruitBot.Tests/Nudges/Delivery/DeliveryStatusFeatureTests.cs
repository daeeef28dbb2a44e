using RecruitBot.Conversation;
using RecruitBot.Nudges;
using RecruitBot.Nudges.Delivery;

namespace RecruitBot.Tests.Nudges.Delivery;

public sealed class DeliveryStatusFeatureTests
{
    [Fact]
    public async Task TryHandleTextAsync_DeliveryStatus_CountsAndDeadReasonForOwnTenantOnly()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await bed.EnqueueAsync("ok");
        await bed.EnqueueAsync("gone", recipient: "user:left-company");
        await bed.EnqueueAsync("waiting", notBeforeUtc: bed.Business.GetUtcNow().UtcDateTime.AddDays(1));
        await bed.EnqueueAsync("other-tenant", tenant: "t2");
        var channel = new RecordingChannel(answer: (_, r) => Task.FromResult(r.Recipient == "user:left-company"
            ? new DeliveryResult(DeliveryOutcome.Gone, "HTTP 403") : DeliveryResult.Sent));
        await bed.Dispatcher(channel).DispatchBatchAsync();
        var feature = new DeliveryStatusFeature(new DeliveryStatus(bed.Tenants));

        var result = await feature.TryHandleTextAsync(TurnFor("t1"), "Delivery status?", CancellationToken.None);

        var text = Assert.IsType<TextReply>(Assert.Single(result!.Replies)).Text;
        Assert.StartsWith("Delivery: 1 waiting (0 retrying after a failure), 1 sent, 1 undeliverable.", text);
        Assert.Contains("to user:left-company via test after 1 attempt(s): HTTP 403", text);
    }

    [Fact]
    public async Task TryHandleTextAsync_OtherText_NotClaimed()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        var feature = new DeliveryStatusFeature(new DeliveryStatus(bed.Tenants));
        Assert.Null(await feature.TryHandleTextAsync(TurnFor("t1"), "status of Priya", CancellationToken.None));
    }

    private static Turn TurnFor(string tenant) => Turn.Start(new IncomingMessage
    {
        TenantId = tenant, ConversationId = "c", User = new UserRef("admin", "Admin"), TimeZoneId = "UTC",
        Timestamp = OutboxTestBed.Start,
    }, OutboxTestBed.Start);
}
