using System.Net.Http.Headers;
using RecruitBot.Channels.Slack.WebApi;
using RecruitBot.Tests.Channels.Slack.Fakes;

namespace RecruitBot.Tests.Channels.Slack.WebApi;

public sealed class SlackWebApiClientTests
{
    private static SlackWebApiClient Client(FakeSlackApi api) => new(new HttpClient { BaseAddress = new Uri(api.BaseUrl) }, TimeProvider.System);

    [Fact]
    public async Task PostMessage_OkFalse_SlackApiExceptionWithMethodAndError()
    {
        await using var api = await FakeSlackApi.StartAsync();
        api.Failures["chat.postMessage"] = new(["not_in_channel"]);
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => Client(api).PostMessageAsync("xoxb", "C1", "hi"));
        Assert.Equal("chat.postMessage", ex.Method);
        Assert.Equal("not_in_channel", ex.Error);
        Assert.False(ex.ConversationGone);
    }

    [Fact]
    public async Task PostMessage_RateLimitedTwice_RetriedThenSucceeds()
    {
        await using var api = await FakeSlackApi.StartAsync();
        api.Failures["chat.postMessage"] = new(["429", "429"]);
        var posted = await Client(api).PostMessageAsync("xoxb", "C1", "hi");
        Assert.NotNull(posted.Ts);
        Assert.Equal(3, api.Of("chat.postMessage").Count);
    }

    [Fact]
    public async Task PostMessage_RateLimitedBeyondBound_Throws()
    {
        await using var api = await FakeSlackApi.StartAsync();
        api.Failures["chat.postMessage"] = new(Enumerable.Repeat("429", SlackWebApiClient.MaxRateLimitRetries + 1));
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => Client(api).PostMessageAsync("xoxb", "C1", "hi"));
        Assert.Equal("http_429", ex.Error);
        Assert.Equal(SlackWebApiClient.MaxRateLimitRetries + 1, api.Of("chat.postMessage").Count);
    }

    [Fact]
    public void RetryDelay_HugeRetryAfter_Capped() =>
        Assert.Equal(TimeSpan.FromSeconds(30), SlackWebApiClient.RetryDelay(new RetryConditionHeaderValue(TimeSpan.FromHours(1))));

    [Fact]
    public async Task UserInfo_FormEncoded_ReadsTimeZone()
    {
        await using var api = await FakeSlackApi.StartAsync();
        var user = (await Client(api).UserInfoAsync("xoxb", "U1")).User!;
        Assert.Equal("Europe/Berlin", user.Tz);
        Assert.Equal("U1", api.Of("users.info")[0].Body["user"]!.ToString());
    }

    [Fact]
    public void ConversationGone_ArchivedChannel_True() => Assert.True(new SlackApiException("chat.postMessage", "is_archived").ConversationGone);
}
