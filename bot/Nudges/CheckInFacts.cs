namespace RecruitBot.Nudges;

/// <summary>The stored facts a check-in draft may use; nothing else reaches the text.</summary>
public sealed record CheckInFacts(string Name, string? Role, DateOnly? LastTouchOn, string? Blocker, DateOnly? BlockerLoggedOn, string? RecruiterName);
