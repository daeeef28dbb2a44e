namespace RecruitBot.Nudges;

/// <summary>A contact that was just logged: what listeners such as the referral feature are told.</summary>
public sealed record OutreachRecorded(string TenantId, Guid CandidateId, string CandidateName, OutreachResponse Response, string ByUserId, DateTime AtUtc);
