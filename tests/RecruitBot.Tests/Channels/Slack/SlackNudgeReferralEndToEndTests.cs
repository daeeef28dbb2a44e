using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Referrals;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Nudges.Delivery;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack;

/// <summary>
/// Issues 5 and 6 meeting in one Slack DM: the recruiter reaches out to a past candidate from the nudge card, the
/// candidate "knows someone", and the referral is taken down in the same DM with the candidate as the referrer.
/// </summary>
public sealed class SlackNudgeReferralEndToEndTests : SlackEndToEndTest
{
    private const string Note = "Interviewed Dana Fox for Backend Engineer, good API design, went with someone else. Check back in 2 days";
    private const string Dm = SlackScenarios.ManagerDm;
    private const string NudgeTs = "1700000300.000001";


    [Fact]
    public async Task NudgeContactedKnowsSomeone_ReferralAnsweredInTheSameDm_StoredWithPastCandidateAsReferrer()
    {
        var nudge = await SlackScenarios.NudgeDeliveredAsync(Host, Api, Clock, Note, TimeSpan.FromDays(2));
        await Host.PostInteractionAsync(SlackBlocks.Press(nudge, "Contacted", NudgeTs, "1700000310.000001", SlackPayloads.Manager, Dm));
        await Api.WaitForAsync(a => a.Of("chat.update").Count == 2);
        var asking = Api.Of("chat.update")[1].Body;

        var posts = Api.Of("chat.postMessage").Count;
        await Host.PostInteractionAsync(SlackBlocks.Press(asking, "Knows someone", NudgeTs, "1700000320.000001", SlackPayloads.Manager, Dm));
        await Api.WaitForAsync(a => a.Of("chat.update").Count == 3);
        await Host.WaitIdleAsync();
        Assert.Contains("Contacted 20 Nov 2025: knows someone", SlackBlocks.Text(Api.Of("chat.update")[2].Body), StringComparison.Ordinal);
        var said = Api.Of("chat.postMessage").Skip(posts).Select(c => c.Body).ToList();
        Assert.All(said, m => Assert.Equal(Dm, m["channel"]!.ToString()));
        Assert.StartsWith("Who did Dana Fox suggest?", said[^1]["text"]!.ToString(), StringComparison.Ordinal);

        var consent = await SayAsync("Sam Lee for Backend Engineer, sam.lee@example.com", 1);
        Assert.Equal("Did Sam agree to be referred? yes / no / not yet", consent["text"]!.ToString());
        var confirm = await SayAsync("yes", 2);
        Assert.Contains("suggested by Dana Fox", SlackBlocks.Text(confirm), StringComparison.Ordinal);

        var updates = Api.Of("chat.update").Count;
        await Host.PostInteractionAsync(SlackBlocks.Press(confirm, "Confirm", "1700000400.000001", "1700000410.000001", SlackPayloads.Manager, Dm));
        await Api.WaitForAsync(a => a.Of("chat.update").Count == updates + 1);
        Assert.Contains("Saved: Sam Lee, referred by Dana Fox", SlackBlocks.Text(Api.Of("chat.update")[^1].Body), StringComparison.Ordinal);

        await using var db = Host.App.Services.GetRequiredService<RecruitingDbFactory>().For(SlackPayloads.Team);
        var dana = await db.Candidates.AsNoTracking().SingleAsync(c => c.DisplayName == "Dana Fox");
        var sam = await db.Candidates.AsNoTracking().SingleAsync(c => c.DisplayName == "Sam Lee");
        var referral = await db.Set<Referral>().AsNoTracking().SingleAsync();
        Assert.Equal((sam.Id, dana.Id, (string?)null, SlackPayloads.Manager), (referral.CandidateId, referral.ReferrerCandidateId, referral.ReferrerUserId, referral.RecordedByUserId));
        Assert.Equal(("sam.lee@example.com", "Backend Engineer", ReferralConsent.Yes), (sam.Email, referral.RoleTitle, referral.Consent));
    }

    /// <summary>The recruiter types in the DM the bot opened; returns the bot's one answer there.</summary>
    private async Task<JsonObject> SayAsync(string text, int n)
    {
        var before = Api.Of("chat.postMessage").Count;
        var ts = $"1700000{350 + n}.000100";
        await Host.PostEventAsync(SlackPayloads.Event($"Ev0KNOWS{n}", SlackPayloads.DirectMessage(text, ts, SlackPayloads.Manager, Dm)));
        await Api.WaitForAsync(a => a.Of("chat.postMessage").Count > before);
        await Host.WaitIdleAsync();
        var answer = Assert.Single(Api.Of("chat.postMessage").Skip(before)).Body;
        Assert.Equal(Dm, answer["channel"]!.ToString());
        return answer;
    }
}
