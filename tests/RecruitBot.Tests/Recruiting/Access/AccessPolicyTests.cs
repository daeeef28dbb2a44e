using RecruitBot.Recruiting.Access;

namespace RecruitBot.Tests.Recruiting.Access;

/// <summary>Each row of the role table, allowed and refused.</summary>
public sealed class AccessPolicyTests
{
    private static bool Can(Permission p, bool ownsRole, params TenantRole[] roles) =>
        AccessPolicy.Decide(p, roles.ToHashSet(), ownsRole, "Ada").Allowed;

    [Fact] public void Decide_LogOutcomeAsRecruiter_Allowed() => Assert.True(Can(Permission.LogOutcome, false, TenantRole.Recruiter));
    [Fact] public void Decide_LogOutcomeAsHiringManagerForOwnRole_Allowed() => Assert.True(Can(Permission.LogOutcome, true, TenantRole.HiringManager));
    [Fact] public void Decide_LogOutcomeAsHiringManagerForOtherRole_Refused() => Assert.False(Can(Permission.LogOutcome, false, TenantRole.HiringManager));
    [Fact] public void Decide_LogOutcomeAsColleague_Refused() => Assert.False(Can(Permission.LogOutcome, true, TenantRole.Colleague));
    [Fact] public void Decide_SeeCandidateAsRecruiter_Allowed() => Assert.True(Can(Permission.SeeCandidate, false, TenantRole.Recruiter));
    [Fact] public void Decide_SeeCandidateAsHiringManagerForOwnRole_Allowed() => Assert.True(Can(Permission.SeeCandidate, true, TenantRole.HiringManager));
    [Fact] public void Decide_SeeCandidateAsHiringManagerForOtherRole_Refused() => Assert.False(Can(Permission.SeeCandidate, false, TenantRole.HiringManager));
    [Fact] public void Decide_SeeCandidateAsColleague_Refused() => Assert.False(Can(Permission.SeeCandidate, false));
    [Fact] public void Decide_ReferAsColleague_Allowed() => Assert.True(Can(Permission.Refer, false));
    [Fact] public void Decide_SeeOwnReferralsAsColleague_Allowed() => Assert.True(Can(Permission.SeeOwnReferrals, false));
    [Fact] public void Decide_ManageAsAdmin_Allowed() => Assert.True(Can(Permission.Manage, false, TenantRole.Admin));
    [Fact] public void Decide_ManageAsRecruiter_Refused() => Assert.False(Can(Permission.Manage, false, TenantRole.Recruiter));

    [Fact]
    public void Decide_Refused_SaysWhoCanGrantAccess() =>
        Assert.Contains("Ada", AccessPolicy.Decide(Permission.LogOutcome, new HashSet<TenantRole>(), false, "Ada").Reason);

    [Fact]
    public void Decide_UnknownPermission_Refused() =>
        Assert.False(AccessPolicy.Decide((Permission)99, new HashSet<TenantRole> { TenantRole.Admin }, true, "Ada").Allowed);
}
