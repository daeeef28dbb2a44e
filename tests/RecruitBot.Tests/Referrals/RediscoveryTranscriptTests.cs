using RecruitBot.Referrals;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Referrals;

public sealed class RediscoveryTranscriptTests
{
    [Fact]
    public async Task Opening_ShortlistThenReachOut_CandidateDueToday()
    {
        await using var h = await BotHarness.StartAsync();
        foreach (var outcome in new[]
        {
            "Marcus Chen declined our offer for Data Engineer",
            "Priya Shah was runner-up for Senior Data Engineer, strong SQL",
            "Tom Baker was hired as Data Engineer",
            "Nina Patel was runner-up for Product Designer",
        })
        {
            await h.SayAsync(outcome);
            await h.SayAsync("yes");
        }

        var shortlist = (await h.SayAsync("new opening: Data Engineer II, needs SQL")).Card("shortlist");

        var items = shortlist.Items("items");
        Assert.Equal(["Priya Shah", "Marcus Chen"], items.Select(i => (string)i["name"]!));
        Assert.Contains("same role family", (string)items[0]["why"]!);
        Assert.Contains("mentioned SQL", (string)items[0]["why"]!);
        Assert.Empty((await h.SayAsync("who is due")).Card("due-list").Items("items"));

        var reached = await h.PressAsync(ReferralVerbs.ReachOut, new Dictionary<string, string>
        {
            ["candidateId"] = (string)items[0]["candidateId"]!, ["openingId"] = (string)shortlist.Data["openingId"]!,
        });

        Assert.Contains("Priya Shah is due today (reach out for Data Engineer II)", reached.Text());
        var due = Assert.Single((await h.SayAsync("who is due")).Card("due-list").Items("items"));
        Assert.Equal("Priya Shah", due["name"]);
    }

    [Fact]
    public async Task Opening_Alone_ShowsTheForm()
    {
        await using var h = await BotHarness.StartAsync();
        var form = (await h.SayAsync("new opening")).Card("opening-form");
        var answer = await h.PressAsync(ReferralVerbs.OpeningSubmit, new Dictionary<string, string>(), new Dictionary<string, string> { ["title"] = "QA Lead", ["keywords"] = "" });
        Assert.Equal("Past candidates for QA Lead", answer.Card("shortlist").Data["title"]);
        Assert.NotNull(form);
    }
}
