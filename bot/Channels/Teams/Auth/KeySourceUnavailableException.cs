namespace RecruitBot.Channels.Teams.Auth;

/// <summary>No signing keys could be fetched and none are cached: nothing can be accepted.</summary>
public sealed class KeySourceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
