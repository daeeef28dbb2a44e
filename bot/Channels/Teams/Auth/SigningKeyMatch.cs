using Microsoft.IdentityModel.Tokens;

namespace RecruitBot.Channels.Teams.Auth;

/// <summary>The published key a token names, with the channels that key is endorsed for.</summary>
public sealed record SigningKeyMatch(SecurityKey Key, IReadOnlyCollection<string> Endorsements);
