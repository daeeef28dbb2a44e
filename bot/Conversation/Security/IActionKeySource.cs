namespace RecruitBot.Conversation.Security;

/// <summary>Where the card-action signing key comes from (configuration, or the store when none is configured).</summary>
public interface IActionKeySource
{
    byte[] Key { get; }
}
