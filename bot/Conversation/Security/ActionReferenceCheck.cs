namespace RecruitBot.Conversation.Security;

/// <summary>Why a card action's reference was accepted or refused.</summary>
public enum ActionReferenceCheck
{
    Valid,
    Missing,
    Malformed,
    Tampered,
    OtherTenant,
    OtherUser,
    Expired,
}
