using RecruitBot.Channels.Slack.OAuth;

namespace RecruitBot.Tests.Channels.Slack.OAuth;

public sealed class SlackOAuthStateTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    [Fact]
    public void IsValid_FreshState_True() => Assert.True(SlackOAuthState.IsValid(SlackOAuthState.Create("k", Now, "n1"), "k", Now.AddMinutes(9)));

    [Fact]
    public void IsValid_Expired_False() => Assert.False(SlackOAuthState.IsValid(SlackOAuthState.Create("k", Now, "n1"), "k", Now.AddMinutes(11)));

    [Fact]
    public void IsValid_OtherKey_False() => Assert.False(SlackOAuthState.IsValid(SlackOAuthState.Create("k", Now, "n1"), "other", Now));

    [Fact]
    public void IsValid_ExpiryEdited_False()
    {
        var state = SlackOAuthState.Create("k", Now, "n1");
        var tampered = (Now.ToUnixTimeSeconds() + 99999) + state[state.IndexOf('.')..];
        Assert.False(SlackOAuthState.IsValid(tampered, "k", Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    public void IsValid_Malformed_False(string? state) => Assert.False(SlackOAuthState.IsValid(state, "k", Now));
}
