namespace RecruitBot.Conversation;

/// <summary>A person in a channel: the channel's stable user id and a display name when known.</summary>
public sealed record UserRef(string Id, string? Name = null);
