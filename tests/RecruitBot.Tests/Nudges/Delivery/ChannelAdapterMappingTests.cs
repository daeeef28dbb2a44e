using System.Net;
using RecruitBot.Channels.Slack;
using RecruitBot.Channels.Teams;
using RecruitBot.Nudges;

namespace RecruitBot.Tests.Nudges.Delivery;

/// <summary>How the Teams and Slack adapters turn channel answers into retry-or-stop decisions.</summary>
public sealed class ChannelAdapterMappingTests
{
    [Theory]
    [InlineData(ProactiveSendStatus.Sent, DeliveryOutcome.Sent)]
    [InlineData(ProactiveSendStatus.Gone, DeliveryOutcome.Gone)]
    [InlineData(ProactiveSendStatus.UnknownConversation, DeliveryOutcome.Gone)]
    [InlineData(ProactiveSendStatus.ServiceUrlNotAllowed, DeliveryOutcome.Gone)]
    public void TeamsFromStatus_SenderVerdict_Mapped(ProactiveSendStatus status, DeliveryOutcome expected) =>
        Assert.Equal(expected, TeamsProactiveChannel.FromStatus(status).Outcome);

    [Theory]
    [InlineData(429, DeliveryOutcome.RetryLater)]
    [InlineData(500, DeliveryOutcome.RetryLater)]
    [InlineData(503, DeliveryOutcome.RetryLater)]
    [InlineData(401, DeliveryOutcome.RetryLater)]
    [InlineData(400, DeliveryOutcome.Gone)]
    [InlineData(413, DeliveryOutcome.Gone)]
    public void TeamsFromHttpFailure_Status_Mapped(int status, DeliveryOutcome expected) =>
        Assert.Equal(expected, TeamsProactiveChannel.FromHttpFailure((HttpStatusCode)status, "x").Outcome);

    [Fact]
    public void TeamsFromHttpFailure_NetworkErrorWithoutStatus_RetryLater() =>
        Assert.Equal(DeliveryOutcome.RetryLater, TeamsProactiveChannel.FromHttpFailure(null, "connection refused").Outcome);

    [Theory]
    [InlineData("ratelimited", DeliveryOutcome.RetryLater)]
    [InlineData("http_429", DeliveryOutcome.RetryLater)]
    [InlineData("http_503", DeliveryOutcome.RetryLater)]
    [InlineData("internal_error", DeliveryOutcome.RetryLater)]
    [InlineData("some_new_error", DeliveryOutcome.RetryLater)]
    [InlineData("channel_not_found", DeliveryOutcome.Gone)]
    [InlineData("account_inactive", DeliveryOutcome.Gone)]
    [InlineData("is_archived", DeliveryOutcome.Gone)]
    [InlineData("not_in_channel", DeliveryOutcome.Gone)]
    [InlineData("token_revoked", DeliveryOutcome.Gone)]
    public void SlackFromError_Code_Mapped(string error, DeliveryOutcome expected)
    {
        var result = SlackProactiveChannel.FromError(error);
        Assert.Equal(expected, result.Outcome);
        Assert.Contains(error, result.Error);
    }
}
