namespace RecruitBot.Nudges;

/// <summary>One entry of a day's due set across tenants: who is due, in which tenant, for which recruiter, since when.</summary>
public sealed record DueKey(string TenantId, Guid CandidateId, string OwnerUserId, DateOnly NextContactOn);
