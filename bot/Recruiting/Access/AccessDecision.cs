namespace RecruitBot.Recruiting.Access;

/// <summary>Allowed, or refused with a sentence saying why and who can grant access.</summary>
public sealed record AccessDecision(bool Allowed, string? Reason = null)
{
    public static readonly AccessDecision Allow = new(true);

    public static AccessDecision Refuse(string reason) => new(false, reason);
}
