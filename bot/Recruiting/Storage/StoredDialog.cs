namespace RecruitBot.Recruiting.Storage;

/// <summary>A dialog read back from the store, with its payload deserialised.</summary>
public sealed record StoredDialog<T>(Guid Id, string ConversationId, string UserId, T State, DateTime ExpiresAtUtc, DateTime? CompletedAtUtc, string? CompletionSummary)
{
    public bool IsExpired(DateTime nowUtc) => CompletedAtUtc is null && ExpiresAtUtc <= nowUtc;
}
