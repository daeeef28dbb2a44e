using Microsoft.EntityFrameworkCore;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Privacy;
using RecruitBot.Tests.Nudges;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Recruiting.Privacy;

/// <summary>The daily retention run deletes delivered messages after 30 days; nothing pending, recent or of another tenant.</summary>
public sealed class DeliveredMessagePurgeTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 18, 9, 0, 0, TimeSpan.Zero);

    private static async Task AddAsync(BotHarness h, string tenant, string key, OutboxStatus status, int daysAgo)
    {
        await using var db = h.Dbs.For(tenant);
        db.Outbox.Add(new OutboxMessage
        {
            TenantId = tenant, Kind = "nudge", IdempotencyKey = key, ChannelId = "msteams", Recipient = "user:rec-1", Payload = "{}",
            Status = status, CreatedAtUtc = Now.UtcDateTime.AddDays(-daysAgo), NextAttemptAtUtc = Now.UtcDateTime.AddDays(-daysAgo),
        });
        await db.SaveChangesAsync();
    }

    private static async Task<List<string>> KeysAsync(BotHarness h, string tenant)
    {
        await using var db = h.Dbs.For(tenant);
        return await db.Outbox.Select(m => m.IdempotencyKey).OrderBy(k => k).ToListAsync();
    }

    [Fact]
    public async Task RunTenantAsync_SentDeadAndPendingOfVariousAges_OnlyOldFinishedOnesOfThatTenantDeleted()
    {
        await using var h = await NudgeHarness.StartAsync();
        await AddAsync(h, "t1", "old-sent", OutboxStatus.Sent, 31);
        await AddAsync(h, "t1", "old-dead", OutboxStatus.Dead, 45);
        await AddAsync(h, "t1", "old-pending", OutboxStatus.Pending, 60);
        await AddAsync(h, "t1", "recent-sent", OutboxStatus.Sent, 29);
        await AddAsync(h, "t2", "other-old-sent", OutboxStatus.Sent, 90);

        var report = await h.Get<RetentionSweep>().RunTenantAsync("t1", Now);

        Assert.Equal(2, report.MessagesPurged);
        Assert.Equal(["old-pending", "recent-sent"], await KeysAsync(h, "t1"));
        Assert.Equal(["other-old-sent"], await KeysAsync(h, "t2"));
    }
}
