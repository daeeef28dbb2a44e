using System.Text.Json.Nodes;

namespace RecruitBot.Channels.Teams;

/// <summary>What <c>/api/messages</c> answers: a status and, for invokes, the invoke response body.</summary>
public sealed record TeamsHttpResponse(int Status, JsonObject? Body = null, int? RetryAfterSeconds = null)
{
    public static readonly TeamsHttpResponse Ok = new(200);
    public static readonly TeamsHttpResponse Accepted = new(202);

    /// <summary>Every turn worker busy and the queue full: the Bot Connector retries a 503 after Retry-After.</summary>
    public static readonly TeamsHttpResponse Busy = new(503, RetryAfterSeconds: 1);
}
