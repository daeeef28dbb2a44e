using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Referrals;
using RecruitBot.Referrals.Digest;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Referrals;

public sealed class ReferralDigestTests
{
    private static readonly DateTime Monday = new(2025, 11, 17, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(false, new string[0])]
    [InlineData(true, new[] { "Jo Park" })]
    public async Task Build_WeekOfReferrals_LinesAndThankYouOnlyWhenOptedIn(bool optIn, string[] thanked)
    {
        await using var h = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Referrals:Tenants:local:ThankYouRoll"] = optIn ? "true" : "false" });
        h.User = "emp-7";
        h.UserName = "Jo Park";
        await h.SayAsync("refer Alex Kim for Backend Engineer, alex.kim@example.com, a friend, because she's great at Go");
        await h.PressAsync((await h.SayAsync("not yet")).Card("referral-confirm"), ReferralVerbs.Confirm);

        var section = await h.Services.GetRequiredService<IReferralDigestSource>().BuildAsync("local", Monday, Monday.AddDays(7), CancellationToken.None);

        Assert.Equal("1 referral this week", section.Title);
        Assert.Equal(["Alex Kim (Backend Engineer), referred by Jo Park: received (waiting for their consent)"], section.Received);
        Assert.Equal(thanked, section.ThankYou);
    }
}
