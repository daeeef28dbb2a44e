namespace RecruitBot.Channels.Teams.Outbound;

/// <summary>Bearer tokens for calls to the Bot Connector; null means "send no Authorization header".</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken ct);
}
