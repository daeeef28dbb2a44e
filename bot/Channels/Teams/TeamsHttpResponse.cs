using System.Text.Json.Nodes;

namespace RecruitBot.Channels.Teams;

/// <summary>What <c>/api/messages</c> answers: a status and, for invokes, the invoke response body.</summary>
public sealed record TeamsHttpResponse(int Status, JsonObject? Body = null)
{
    public static readonly TeamsHttpResponse Ok = new(200);
    public static readonly TeamsHttpResponse Accepted = new(202);
}
