using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Referrals;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Nudges.Delivery;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack;

/// <summary>
/// Issue 6 end to end through the Slack endpoints: a colleague refers someone in a DM, answers what is missing,
/// presses Confirm on the Block Kit the fake Slack received; the referral is stored, the referrer thanked, the
/// owning recruiter DMed; a later status change DMs the referrer.
/// </summary>
public sealed class SlackReferralEndToEndTests : SlackEndToEndTest
{
    private const string Colleague = "UCOL";
    private const string ColleagueDm = "D0COL";
    private const string RecruiterDm = "D0MGR";

    private int _events;

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Referrals:Tenants:" + SlackPayloads.Team + ":DefaultRecruiter"] = SlackPayloads.Manager };

    protected override void Prepare(FakeSlackApi api)
    {
        api.RealNames[Colleague] = "Jo Park";
        api.RealNames[SlackPayloads.Manager] = "Robin Recruiter";
    }

    [Fact]
    public async Task ColleagueRefersInDm_AnswersWhyAndConsentThenConfirms_StoredThankedRecruiterDmed()
    {
        // The recruiter has talked to the bot before, so the bot can reach them.
        await SayAsync(SlackPayloads.Manager, RecruiterDm, "help");

        var why = await SayAsync(Colleague, ColleagueDm, "refer Alex Kim for the Backend Engineer opening, alex.kim@example.com, we worked together at Contoso");
        Assert.Equal("Why do you think Alex would be a good fit for Backend Engineer?", why["text"]!.ToString());
        Assert.Equal(ColleagueDm, why["channel"]!.ToString());
        var consent = await SayAsync(Colleague, ColleagueDm, "she's great at distributed systems");
        Assert.Equal("Did Alex agree to be referred? yes / no / not yet", consent["text"]!.ToString());
        var confirm = await SayAsync(Colleague, ColleagueDm, "yes");
        var shown = SlackBlocks.Text(confirm);
        foreach (var field in new[] { "Alex Kim", "alex.kim@example.com", "Backend Engineer", "we worked together at Contoso", "she's great at distributed systems" })
            Assert.Contains(field, shown, StringComparison.Ordinal);
        Assert.Equal(0, StoreSnapshot.Count(DbFile, "Referrals"));

        var thanks = await PressAsync(confirm, "Confirm");
        Assert.Equal(ColleagueDm, thanks["channel"]!.ToString());
        Assert.Contains("Thank you for referring Alex Kim", SlackBlocks.Text(thanks), StringComparison.Ordinal);
        Assert.Contains("I've let the recruiter (Robin Recruiter) know", SlackBlocks.Text(thanks), StringComparison.Ordinal);

        await using (var db = Db())
        {
            var referral = await db.Set<Referral>().AsNoTracking().SingleAsync();
            var alex = await db.Candidates.AsNoTracking().SingleAsync();
            Assert.Equal(("Alex Kim", "alex.kim@example.com", SlackPayloads.Manager), (alex.DisplayName, alex.Email, alex.OwnerUserId));
            Assert.Equal((alex.Id, Colleague, "Jo Park", ReferralConsent.Yes, ReferralStatus.Received, "Backend Engineer"),
                (referral.CandidateId, referral.ReferrerUserId, referral.ReferrerName, referral.Consent, referral.Status, referral.RoleTitle));
            Assert.Equal(("we worked together at Contoso", "she's great at distributed systems"), (referral.Relationship, referral.Why));
        }

        // The dispatcher's next batch DMs the owning recruiter.
        var before = Api.Calls.Count;
        Assert.Equal(1, (await Host.DispatchAsync()).Sent);
        var sent = Api.Calls.Skip(before).ToList();
        Assert.Equal(["conversations.open", "chat.postMessage"], sent.Select(c => c.Method).ToArray());
        Assert.Equal(SlackPayloads.Manager, sent[0].Body["users"]!.ToString());
        Assert.Equal("D" + SlackPayloads.Manager, sent[1].Body["channel"]!.ToString());
        Assert.Contains("New referral: Alex Kim", SlackBlocks.Text(sent[1].Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecruiterMarksReferralInterviewing_Dispatched_ReferrerDmedWithStatus()
    {
        await SayAsync(SlackPayloads.Manager, RecruiterDm, "help");
        var confirm = await SayAsync(Colleague, ColleagueDm,
            "refer Alex Kim for the Backend Engineer opening, alex.kim@example.com, we worked together at Contoso, because she's great at Go. She agreed.");
        await PressAsync(confirm, "Confirm");
        await Host.DispatchAsync();

        Clock.Advance(TimeSpan.FromDays(3));
        var told = await SayAsync(SlackPayloads.Manager, RecruiterDm, "Alex Kim is interviewing");
        Assert.Contains("I've let the referrer know", told["text"]!.ToString(), StringComparison.Ordinal);

        var before = Api.Calls.Count;
        Assert.Equal(1, (await Host.DispatchAsync()).Sent);
        var sent = Api.Calls.Skip(before).ToList();
        Assert.Equal(["conversations.open", "chat.postMessage"], sent.Select(c => c.Method).ToArray());
        Assert.Equal(Colleague, sent[0].Body["users"]!.ToString());
        Assert.Equal("D" + Colleague, sent[1].Body["channel"]!.ToString());
        Assert.Contains("Alex Kim is now interviewing with us for Backend Engineer. Thanks for sending them our way!",
            SlackBlocks.Text(sent[1].Body) + sent[1].Body["text"], StringComparison.Ordinal);
        await using var db = Db();
        Assert.Equal(ReferralStatus.Interviewing, (await db.Set<Referral>().AsNoTracking().SingleAsync()).Status);
    }

    [Fact]
    public async Task OutcomeLoggedForReferredCandidate_SyncThenDispatch_ReferrerDmedKindlyWithoutReasons()
    {
        await PressAsync(await SayAsync(Colleague, ColleagueDm,
            "refer Alex Kim for the Backend Engineer opening, alex.kim@example.com, we worked together at Contoso, because she's great at Go. She agreed."), "Confirm");
        await Host.DispatchAsync(); // nobody to notify yet: the recruiter has never talked to the bot

        Clock.Advance(TimeSpan.FromDays(7));
        const string postTs = "1700004000.000100";
        var posts = Api.Of("chat.postMessage").Count;
        await Host.PostEventAsync(SlackPayloads.Event("Ev0REFOUT",
            SlackPayloads.Mention("Interviewed Alex Kim for Backend Engineer, strong on Go but weak on system design, we went with someone else", postTs)));
        await Api.WaitForAsync(a => a.Of("chat.postMessage").Count > posts);
        var updates = Api.Of("chat.update").Count;
        await Host.PostInteractionAsync(SlackBlocks.Press(Api.Of("chat.postMessage")[^1].Body, "Confirm", "1700004001.000100", "1700004002.000100",
            SlackPayloads.Manager, SlackPayloads.Channel, postTs));
        await Api.WaitForAsync(a => a.Of("chat.update").Count > updates);

        // The background sync's next pass turns the logged outcome into a referrer update; the dispatcher DMs it.
        var worker = Host.App.Services.GetServices<IHostedService>().OfType<ReferralSyncWorker>().Single();
        await worker.SyncAllAsync(CancellationToken.None);
        var before = Api.Calls.Count;
        Assert.Equal(1, (await Host.DispatchAsync()).Sent);

        var sent = Api.Calls.Skip(before).ToList();
        Assert.Equal(["conversations.open", "chat.postMessage"], sent.Select(c => c.Method).ToArray());
        Assert.Equal(Colleague, sent[0].Body["users"]!.ToString());
        var shown = SlackBlocks.Text(sent[1].Body) + "\n" + sent[1].Body["text"];
        Assert.Contains("We won't be moving forward with Alex Kim for Backend Engineer this time. Thank you for thinking of us", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("system design", sent[1].Body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        await using var db = Db();
        Assert.Equal(ReferralStatus.NotSelected, (await db.Set<Referral>().AsNoTracking().SingleAsync()).Status);
    }

    [Fact]
    public async Task ReferralEdit_EmailCorrectedInModalThenConfirmed_StoredWithCorrectedEmail()
    {
        var confirm = await SayAsync(Colleague, ColleagueDm,
            "refer Alex Kim for the Backend Engineer opening, alex.kim@exmaple.com, we worked together at Contoso, because she's great at Go. She agreed.");
        const string cardTs = "1700002500.000100";

        await Host.PostInteractionAsync(SlackBlocks.Press(confirm, "Edit", cardTs, "1700002510.000100", Colleague, ColleagueDm));
        await Api.WaitForAsync(a => a.Of("views.open").Count == 1);
        var view = Api.Of("views.open")[0].Body["view"]!.AsObject();
        var updates = Api.Of("chat.update").Count;
        await Host.PostInteractionAsync(SlackBlocks.Submit(view, new Dictionary<string, string> { ["contact"] = "alex.kim@example.com" }, Colleague));
        await Api.WaitForAsync(a => a.Of("chat.update").Count == updates + 1);

        // The corrected draft replaces the confirm card the Edit button was on; nothing is stored until Confirm.
        var corrected = Api.Of("chat.update")[^1].Body;
        Assert.Equal((ColleagueDm, cardTs), (corrected["channel"]!.ToString(), corrected["ts"]!.ToString()));
        Assert.Contains("alex.kim@example.com", SlackBlocks.Text(corrected), StringComparison.Ordinal);
        Assert.DoesNotContain("exmaple", SlackBlocks.Text(corrected), StringComparison.Ordinal);
        Assert.Equal(0, StoreSnapshot.Count(DbFile, "Referrals"));

        var thanks = await PressAsync(corrected, "Confirm");
        Assert.Contains("Thank you for referring Alex Kim", SlackBlocks.Text(thanks), StringComparison.Ordinal);
        await using var db = Db();
        Assert.Equal("alex.kim@example.com", (await db.Candidates.AsNoTracking().SingleAsync()).Email);
        Assert.Equal(("Backend Engineer", "we worked together at Contoso"), await db.Set<Referral>().AsNoTracking().Select(r => ValueTuple.Create(r.RoleTitle, r.Relationship)).SingleAsync());
    }

    /// <summary>A DM from <paramref name="user"/>; returns the bot's one answer (the message it posts back).</summary>
    private async Task<JsonObject> SayAsync(string user, string channel, string text)
    {
        var n = Interlocked.Increment(ref _events);
        var before = Api.Of("chat.postMessage").Count;
        var ts = $"1700001{n:D3}.000100";
        await Host.PostEventAsync(SlackPayloads.Event($"Ev0REF{n}", SlackPayloads.DirectMessage(text, ts, user, channel)));
        await Api.WaitForAsync(a => a.Of("chat.postMessage").Count > before);
        await Host.WaitIdleAsync(); // the turn is done: everything it posted is in
        return Assert.Single(Api.Of("chat.postMessage").Skip(before)).Body;
    }

    /// <summary>
    /// Presses a button of a message the colleague received, echoing its signed value; returns the bot's answer, which
    /// replaces the pressed card in place (chat.update on that message).
    /// </summary>
    private async Task<JsonObject> PressAsync(JsonObject message, string label)
    {
        var n = Interlocked.Increment(ref _events);
        var (posts, updates) = (Api.Of("chat.postMessage").Count, Api.Of("chat.update").Count);
        var cardTs = $"1700002{n:D3}.000100";
        await Host.PostInteractionAsync(SlackBlocks.Press(message, label, cardTs, $"1700003{n:D3}.000100", Colleague, ColleagueDm));
        await Api.WaitForAsync(a => a.Of("chat.update").Count > updates);
        await Host.WaitIdleAsync();
        Assert.Equal(posts, Api.Of("chat.postMessage").Count);
        var update = Assert.Single(Api.Of("chat.update").Skip(updates)).Body;
        Assert.Equal((ColleagueDm, cardTs), (update["channel"]!.ToString(), update["ts"]!.ToString()));
        return update;
    }

    private RecruitingDb Db() => Host.App.Services.GetRequiredService<RecruitingDbFactory>().For(SlackPayloads.Team);
}
