namespace RecruitBot.Referrals;

/// <summary>The referral dialog's open question, asked in this order; <see cref="Confirm"/> shows the card.</summary>
public enum ReferralStage
{
    AskName,
    AskContact,
    AskRelationship,
    AskWhy,
    AskConsent,
    Confirm,
    Edit,
}
