using RecruitBot.Tests.Nudges.Delivery;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack.Fakes;

/// <summary>
/// One real host (engine, store, delivery) behind the Slack endpoints, a fake Slack Web API and a clock the test moves;
/// the scheduler and dispatcher loops are off, so a test runs planning and dispatch passes itself.
/// </summary>
public abstract class SlackEndToEndTest : IAsyncLifetime
{
    // Tuesday 18 Nov 2025, 10:00 in Berlin (the fake users.info gives every user tz Europe/Berlin).
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2025, 11, 18, 9, 0, 0, TimeSpan.Zero));
    protected string DbFile { get; } = SqliteSchema.NewFile();
    protected FakeSlackApi Api { get; private set; } = null!;
    protected SlackTestHost Host { get; private set; } = null!;

    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>Set up the fake before the host starts (e.g. users' real names).</summary>
    protected virtual void Prepare(FakeSlackApi api)
    {
    }

    public async Task InitializeAsync()
    {
        Api = await FakeSlackApi.StartAsync();
        Prepare(Api);
        Host = await SlackTestHost.StartRealWithDeliveryAsync(DbFile, Api, Clock, Settings);
    }

    public async Task DisposeAsync()
    {
        SlackDump.WriteIfAsked(Api);
        await Host.DisposeAsync();
        await Api.DisposeAsync();
    }
}
