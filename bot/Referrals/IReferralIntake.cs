using RecruitBot.Conversation;

namespace RecruitBot.Referrals;

/// <summary>
/// Starts a referral attributed to a past candidate, for other features: the nudge card's outreach response
/// "not interested, but knows someone" calls this with the nudged candidate and returns the turn it gives.
/// </summary>
public interface IReferralIntake
{
    /// <param name="suggestedName">The suggested person's name when already known; otherwise the bot asks for it.</param>
    Task<TurnResult> StartFromPastCandidateAsync(Turn turn, Guid referrerCandidateId, string? suggestedName, CancellationToken cancellationToken);
}
