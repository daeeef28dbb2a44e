using System.Security.Claims;

namespace RecruitBot.Channels.Teams.Auth;

/// <summary>
/// The verdict on a request's token. <see cref="Status"/> is 200 when accepted, else the HTTP status to answer
/// with (401 bad token, 403 good token used for something it does not cover, 503 keys unavailable).
/// </summary>
public sealed record AuthResult(int Status, string Reason, ClaimsIdentity? Identity = null, IReadOnlyCollection<string>? Endorsements = null)
{
    public bool Accepted => Status == 200;

    public static AuthResult Reject(int status, string reason) => new(status, reason);
}
