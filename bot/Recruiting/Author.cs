namespace RecruitBot.Recruiting;

/// <summary>Who is writing, when, and from which message: the provenance every stored outcome keeps.</summary>
public sealed record Author(string TenantId, string UserId, string? UserName, DateTime AtUtc, string? SourceText);
