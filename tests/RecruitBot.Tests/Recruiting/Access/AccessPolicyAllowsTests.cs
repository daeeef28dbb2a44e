using RecruitBot.Recruiting.Access;

namespace RecruitBot.Tests.Recruiting.Access;

public sealed class AccessPolicyAllowsTests
{
    public static TheoryData<Permission, TenantRole[], bool> Cases()
    {
        var data = new TheoryData<Permission, TenantRole[], bool>();
        var all = Enum.GetValues<TenantRole>();
        foreach (var permission in Enum.GetValues<Permission>().Append((Permission)99))
        {
            for (var mask = 0; mask < 1 << all.Length; mask++)
            {
                var roles = all.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
                data.Add(permission, roles, true);
                data.Add(permission, roles, false);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Allows_EveryPermissionAndRoleSet_AgreesWithDecide(Permission permission, TenantRole[] roles, bool owns)
    {
        var set = roles.ToHashSet();

        Assert.Equal(AccessPolicy.Decide(permission, set, owns, "admin-1").Allowed, AccessPolicy.Allows(permission, set, owns));
    }
}
