using System.Text.Json.Nodes;
using RecruitBot.Channels.Teams.Files;
using RecruitBot.Channels.Teams.Wire;

namespace RecruitBot.Tests.Channels.Teams.Files;

public sealed class TeamsFileCardsTests
{
    [Fact]
    public void Consent_File_DocumentedShape()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        var card = System.Text.Json.JsonSerializer.SerializeToNode(TeamsFileCards.Consent("export-1.json", "Your export", 42, id), TeamsJson.Options)!;

        Assert.Equal("""
            {"contentType":"application/vnd.microsoft.teams.card.file.consent","content":{"description":"Your export","sizeInBytes":42,"acceptContext":{"pendingId":"0f8fad5bd9cb469fa16570867728950e"},"declineContext":{"pendingId":"0f8fad5bd9cb469fa16570867728950e"}},"name":"export-1.json"}
            """, card.ToJsonString());
    }

    [Fact]
    public void PendingId_ContextFromOurCard_ParsedElseNull()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, new FileConsentResponse { Context = new JsonObject { ["pendingId"] = id.ToString("N") } }.PendingId);
        Assert.Null(new FileConsentResponse { Context = new JsonObject { ["pendingId"] = 5 } }.PendingId);
        Assert.Null(new FileConsentResponse { Context = JsonValue.Create("x") }.PendingId);
        Assert.Null(new FileConsentResponse().PendingId);
    }
}
