using RecruitBot.Cards;
using RecruitBot.Conversation;

namespace RecruitBot.Tests.Isolation;

/// <summary>A card the bot gave one user of one tenant, with its buttons exactly as a channel would carry them.</summary>
public sealed record ReceivedCard(TenantWorld World, string UserId, CardReply Card, IReadOnlyList<CardChoice> Choices);
