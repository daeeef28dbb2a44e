namespace RecruitBot.Nudges.Digest;

/// <summary>One part of the weekly digest: a heading and its lines, already filtered for the channel's privacy setting.</summary>
public sealed record DigestSection(string Title, IReadOnlyList<string> Lines);
