namespace RecruitBot.Recruiting.Access;

/// <summary>What a person may do in a tenant. Everyone without a grant is a colleague.</summary>
public enum TenantRole
{
    Colleague,
    HiringManager,
    Recruiter,
    Admin,
}
