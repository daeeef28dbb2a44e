namespace RecruitBot.Channels.Teams.Files;

/// <summary>A file offered on a consent card, waiting for the user's answer; only its requester may take it.</summary>
public sealed record PendingTeamsFile(Guid Id, string TenantId, string UserId, string FileName, byte[] Content, DateTime ExpiresAtUtc)
{
    public override string ToString() => $"PendingTeamsFile {{ Id = {Id}, FileName = {FileName}, Length = {Content.Length} }}";
}
