using Microsoft.EntityFrameworkCore;
using RecruitBot.Conversation;
using RecruitBot.Referrals;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Referrals;

/// <summary>Referral conversations as a user would have them, over the real engine and store.</summary>
public sealed class ReferralTranscriptTests
{
    private static readonly Dictionary<string, string?> Recruiter = new() { ["Referrals:DefaultRecruiter"] = "rec-1" };

    private static async Task<BotHarness> StartAsync()
    {
        var h = await BotHarness.StartAsync(settings: Recruiter);
        await As(h, "rec-1", "Robin Recruiter").SayAsync("help"); // the recruiter has talked to the bot, so can be reached
        return h;
    }

    private static BotHarness As(BotHarness h, string user, string name)
    {
        h.User = user;
        h.UserName = name;
        return h;
    }

    [Fact]
    public async Task Refer_MissingEmail_AsksThenConfirmsThenStoresOnce()
    {
        await using var h = await StartAsync();
        As(h, "emp-7", "Jo Park");

        var asked = await h.SayAsync("refer Alex Kim for the Backend Engineer opening, we worked together at Contoso, because she's great at distributed systems");
        Assert.Contains("How can we reach Alex?", asked.Text());

        var consent = await h.SayAsync("alex.kim@example.com");
        Assert.Contains("Did Alex agree to be referred? yes / no / not yet", consent.Text());

        var confirm = (await h.SayAsync("yes")).Card("referral-confirm");
        Assert.Equal("alex.kim@example.com", confirm.Data["contact"]);
        Assert.Equal("Backend Engineer", confirm.Data["role"]);
        Assert.Equal("we worked together at Contoso", confirm.Data["relationship"]);
        Assert.Equal("she's great at distributed systems", confirm.Data["why"]);
        Assert.Equal("yes", confirm.Data["consent"]);

        var saved = await h.PressAsync(confirm, ReferralVerbs.Confirm);
        var again = await h.PressAsync(confirm, ReferralVerbs.Confirm);

        Assert.Contains("Thank you for referring Alex Kim", saved.Card("notice").Data["text"] as string);
        Assert.Equal(saved.Card("notice").Data["text"], again.Card("notice").Data["text"]);
        await using var db = h.Db();
        var referral = Assert.Single(await db.Set<Referral>().ToListAsync());
        var alex = Assert.Single(await db.Candidates.ToListAsync());
        Assert.Equal(("Alex Kim", "alex.kim@example.com"), (alex.DisplayName, alex.Email));
        Assert.Equal((alex.Id, "emp-7", "Jo Park", ReferralConsent.Yes), (referral.CandidateId, referral.ReferrerUserId, referral.ReferrerName, referral.Consent));
        var notice = Assert.Single(await h.OutboxAsync("referral-received"));
        Assert.Equal("user:rec-1", notice.Message.Recipient);
        Assert.Equal("New referral: Alex Kim", notice.Card.Data["title"]);
    }

    [Fact]
    public async Task Refer_NoConsentYet_StoredButNotDueUntilAgreed()
    {
        await using var h = await StartAsync();
        As(h, "emp-7", "Jo Park");
        var confirm = (await h.SayAsync("I'd like to refer Alex Kim, alex.kim@example.com, my former colleague at Contoso, because she's great at Go. She hasn't been asked yet.")).Card("referral-confirm");
        Assert.Equal("not yet", confirm.Data["consent"]);
        await h.PressAsync(confirm, ReferralVerbs.Confirm);

        var due = (await h.SayAsync("who is due")).Card("due-list");
        Assert.Empty(due.Items("items"));

        var agreed = await h.SayAsync("Alex Kim agreed");
        Assert.Contains("due for contact today", agreed.Text());
        Assert.Equal("Alex Kim", Assert.Single((await h.SayAsync("who is due")).Card("due-list").Items("items"))["name"]);
    }

    [Fact]
    public async Task Refer_KnownEmail_AttachesToExistingCandidateAndSaysSoKindly()
    {
        await using var h = await StartAsync();
        await h.SayAsync("Interviewed Alex Kim for Backend Engineer, alex.kim@example.com, we went with someone else");
        await h.SayAsync("yes");
        As(h, "emp-7", "Jo Park");

        var confirm = (await h.SayAsync("refer Alex J. Kim, alex.kim@example.com, we worked together at Contoso, because she's great at Go. She agreed.")).Card("referral-confirm");
        Assert.Equal("already known: adds to Alex Kim's record", confirm.Data["match"]);
        var saved = await h.PressAsync(confirm, ReferralVerbs.Confirm);

        Assert.Contains("we already know Alex Kim, so I've added your referral to their record", saved.Card("notice").Data["text"] as string);
        await using var db = h.Db();
        var alex = Assert.Single(await db.Candidates.ToListAsync());
        var referral = Assert.Single(await db.Set<Referral>().ToListAsync());
        Assert.True(referral.MatchedExisting);
        Assert.Equal(alex.Id, referral.CandidateId);
    }

    [Fact]
    public async Task StatusChange_OutcomeLogged_ReferrerToldKindlyWithoutReasons()
    {
        await using var h = await StartAsync();
        As(h, "emp-7", "Jo Park");
        var confirm = (await h.SayAsync("refer Alex Kim for the Backend Engineer opening, alex.kim@example.com, we worked together at Contoso, because she's great at Go. She agreed.")).Card("referral-confirm");
        await h.PressAsync(confirm, ReferralVerbs.Confirm);

        await h.RestartAsync("2025-11-25T10:00:00");
        As(h, "rec-1", "Robin Recruiter");
        await h.SayAsync("Interviewed Alex Kim for Backend Engineer, strong on Go but weak on system design, we went with someone else");
        await h.SayAsync("yes");
        As(h, "emp-7", "Jo Park");
        var mine = (await h.SayAsync("my referrals")).Card("referral-list");

        Assert.Equal("not selected", Assert.Single(mine.Items("items"))["status"]);
        var update = Assert.Single(await h.OutboxAsync(ReferralStatusSync.Kind));
        Assert.Equal(("user:emp-7", "terminal"), (update.Message.Recipient, update.Message.ChannelId));
        var text = (string)update.Card.Data["text"]!;
        Assert.StartsWith("We won't be moving forward with Alex Kim for Backend Engineer this time. Thank you for thinking of us", text);
        Assert.DoesNotContain("system design", update.Message.Payload, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Go", text, StringComparison.Ordinal);

        await h.SayAsync("my referrals"); // syncing again sends nothing new
        Assert.Single(await h.OutboxAsync(ReferralStatusSync.Kind));
    }

    [Fact]
    public async Task StatusCommand_UpdatesStopped_ReferrerNotToldAnyMore()
    {
        await using var h = await StartAsync();
        As(h, "emp-7", "Jo Park");
        await h.PressAsync((await h.SayAsync("refer Alex Kim, alex.kim@example.com, a friend from university, because she's great at Go. She agreed.")).Card("referral-confirm"), ReferralVerbs.Confirm);
        As(h, "rec-1", "Robin Recruiter");

        Assert.Contains("I've let the referrer know", (await h.SayAsync("Alex Kim is interviewing")).Text());
        Assert.Contains("no more updates about Alex Kim to Jo Park", (await h.SayAsync("stop updates for Alex Kim's referrer")).Text());
        await h.SayAsync("mark Alex Kim contacted");

        var updates = await h.OutboxAsync(ReferralStatusSync.Kind);
        Assert.Equal("Alex Kim is now interviewing with us. Thanks for sending them our way!", Assert.Single(updates).Card.Data["text"]);
    }

    [Fact]
    public async Task PastCandidate_SuggestsSomeone_ReferralOnBothTimelines()
    {
        await using var h = await StartAsync();
        await h.SayAsync("Sam Ortiz declined our offer for the SRE role");
        await h.SayAsync("yes");

        var consent = await h.SayAsync("Sam's happy where he is but suggested Dana Lee for the SRE role, dana.lee@example.com");
        Assert.Contains("Did Dana agree to be referred?", consent.Text());
        var confirm = (await h.SayAsync("not yet")).Card("referral-confirm");
        Assert.Equal("Sam Ortiz (past candidate)", confirm.Data["suggestedBy"]);
        await h.PressAsync(confirm, ReferralVerbs.Confirm);

        var sam = (await h.SayAsync("show Sam Ortiz")).Card("timeline");
        var dana = (await h.SayAsync("show Dana Lee")).Card("timeline");
        Assert.Contains(sam.Items("entries"), e => (string)e["text"]! == "referred Dana Lee (SRE)");
        Assert.Contains(dana.Items("entries"), e => ((string)e["text"]!).StartsWith("referred by Sam Ortiz for SRE", StringComparison.Ordinal));
        await using var db = h.Db();
        var referral = Assert.Single(await db.Set<Referral>().ToListAsync());
        Assert.Equal(("Sam Ortiz", (string?)null, ReferralConsent.NotYet), (referral.ReferrerName, referral.ReferrerUserId, referral.Consent));
    }

    [Fact]
    public async Task Refer_Alone_AsksStepByStepAndOffersTheForm()
    {
        await using var h = await StartAsync();
        var start = await h.SayAsync("refer");
        Assert.Contains("Who would you like to refer?", start.Text());
        var form = start.Card("referral-form");

        var filled = await h.PressAsync(ReferralVerbs.Submit, new Dictionary<string, string> { ["dialogId"] = (string)form.Data["dialogId"]! },
            new Dictionary<string, string>
            {
                ["name"] = "dana lee", ["contact"] = "linkedin.com/in/danalee", ["role"] = "", ["relationship"] = "ex-teammate",
                ["why"] = "ran on-call for years", ["consent"] = "yes",
            });

        var confirm = filled.Card("referral-confirm");
        Assert.Equal(("Dana Lee", "linkedin.com/in/danalee", ""), (confirm.Data["name"], confirm.Data["contact"], confirm.Data["role"]));
        Assert.Contains("Nothing was saved", (await h.SayAsync("cancel")).Card("notice").Data["text"] as string);
    }
}
