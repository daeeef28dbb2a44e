using RecruitBot.Recruiting;

namespace RecruitBot.Nudges;

/// <summary>
/// An action from a nudge that has been applied (contacted, snoozed, do-not-contact). Its key is the action's nonce,
/// unique per tenant, so a button pressed twice or an action delivered twice is applied exactly once.
/// </summary>
public sealed class NudgeActionRecord : ITenantOwned
{
    public required string TenantId { get; set; }

    /// <summary>"{nudgeId}:{candidateId}" for a nudge card's item, or a fresh nonce for a typed command's card.</summary>
    public required string Key { get; set; }

    public Guid CandidateId { get; set; }
    public Guid? NudgeId { get; set; }

    /// <summary>"contacted", "snoozed", "do-not-contact".</summary>
    public required string Action { get; set; }

    /// <summary>What was done, in the words the card shows ("Snoozed until 2 Dec 2025").</summary>
    public required string Summary { get; set; }

    public required string ByUserId { get; set; }
    public DateTime AppliedAtUtc { get; set; }
}
