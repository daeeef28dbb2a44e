using System.Net;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack;

public sealed class SlackDisabledTests
{
    [Fact]
    public async Task Events_NoSigningSecret_NotFound()
    {
        await using var api = await FakeSlackApi.StartAsync();
        await using var host = await SlackTestHost.StartAsync(SqliteSchema.NewFile(), api, new FakeEngine(),
            settings: new Dictionary<string, string?> { ["Slack:SigningSecret"] = "" });
        var response = await host.PostEventAsync("{\"type\":\"url_verification\",\"challenge\":\"c\"}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Start_SignatureCheckDisabledInProduction_Refused()
    {
        await using var api = await FakeSlackApi.StartAsync();
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => SlackTestHost.StartAsync(SqliteSchema.NewFile(), api, new FakeEngine(),
            settings: new Dictionary<string, string?> { ["Slack:DisableSignatureCheck"] = "true" },
            environment: "Production"));
        Assert.Contains("DisableSignatureCheck", ex.Message, StringComparison.Ordinal);
    }
}
