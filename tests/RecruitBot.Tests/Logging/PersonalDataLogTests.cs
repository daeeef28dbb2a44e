using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Channels.Teams.Support;
using RecruitBot.Tests.Hosting.Security.Support;

namespace RecruitBot.Tests.Logging;

/// <summary>
/// A whole conversation through the real Teams and Slack endpoints of the real host, logs captured at Information:
/// no entry at Information or above may carry the candidate's name, email, phone or what the user typed.
/// </summary>
public sealed class PersonalDataLogTests
{
    private const string Name = "Priya Shah";
    private const string Email = "priya.shah@example.com";
    private const string Phone = "+44 7700 900123";
    private const string Outcome =
        $"Interviewed {Name} ({Email}, {Phone}) for the Senior Data Engineer role, strong SQL, weak on system design, we went with someone else. Check back in 3 months";
    private const string SlackOutcome =
        "Interviewed Tomasz Kowalczyk (tomasz.k@example.org, +48 601 234 567) for QA Lead, rejected, not enough automation experience";

    [Fact]
    public async Task FullTranscript_TeamsAndSlack_NoPersonalDataAtInformationOrAbove()
    {
        await using var host = await FullBotHost.StartAsync();
        var token = host.TeamsToken();
        string[] teamsTurns = [Outcome, "yes", "who is due", "show Priya", "undo"];
        foreach (var text in teamsTurns)
        {
            var response = await host.PostTeamsAsync(Activities.Message(host.Connector.ServiceUrl, text).ToJsonString(), token);
            Assert.True(response.IsSuccessStatusCode, $"{text}: {response.StatusCode}");
            await host.WaitIdleAsync();
        }
        string[] slackTurns = [SlackOutcome, "yes", "show Tomasz"];
        for (var i = 0; i < slackTurns.Length; i++)
        {
            var ts = $"1700000{i:D3}.000100";
            var body = SlackPayloads.Event("Ev" + i, SlackPayloads.DirectMessage(slackTurns[i], ts));
            Assert.Equal(HttpStatusCode.OK, (await host.PostSlackAsync("/slack/events", body, "application/json")).StatusCode);
            await host.SlackApi.WaitForAsync(api => api.Of("chat.postMessage").Count > i);
        }
        await host.WaitIdleAsync();
        // Not personal, but a credential: an OAuth code in a query string must not reach request logs either.
        await host.Client.GetAsync("/slack/oauth/callback?code=oauth-code-4711&state=s");

        // The transcript really happened: saved, shown and undone on Teams; saved on Slack.
        var teamsReplies = string.Join("\n", host.Connector.Calls.Select(c => c.Body?.ToJsonString() ?? ""));
        Assert.Contains("Logged", teamsReplies);
        Assert.Contains("Tomasz", string.Join("\n", host.SlackApi.Of("chat.postMessage").Select(c => c.Body.ToJsonString())));

        string[] secrets = [Name, "Priya", "Shah", Email, Phone, "7700 900123", "Tomasz", "Kowalczyk", "tomasz.k@example.org", "601 234 567",
            "strong SQL", "oauth-code-4711", "weak on system design", "not enough automation", .. teamsTurns.Where(t => t.Length > 6), .. slackTurns.Where(t => t.Length > 6)];
        var informational = host.Logs.AtLeast(LogLevel.Information);
        Assert.NotEmpty(informational);
        var leaks = informational.Where(e => secrets.Any(s => e.Text.Contains(s, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, "Personal data in logs:\n" + string.Join("\n", leaks));
        Assert.Empty(host.Logs.AtLeast(LogLevel.Error));
    }
}
