namespace RecruitBot.Recruiting.Access;

/// <summary>
/// Who can do what, as a pure function of the person's roles and, for hiring managers, whether the role in question
/// is one they own. Fails closed: an unknown permission, or a hiring manager asking about a role we can't tie to
/// them, is refused.
///
/// | action                                          | who                                             |
/// | log outcomes                                    | recruiters, and hiring managers for their roles |
/// | see candidate details, history and due lists    | recruiters; hiring managers for their roles     |
/// | refer someone, and see their own referrals      | anyone                                          |
/// | manage roles, cadence, digest, retention        | admins                                          |
/// </summary>
public static class AccessPolicy
{
    /// <summary>
    /// Whether <see cref="Decide"/> would allow, without the admin names: those cost two queries and only word a refusal.
    /// </summary>
    public static bool Allows(Permission permission, IReadOnlySet<TenantRole> roles, bool ownsTheRole) =>
        Decide(permission, roles, ownsTheRole, admins: "").Allowed;

    public static AccessDecision Decide(Permission permission, IReadOnlySet<TenantRole> roles, bool ownsTheRole, string admins)
    {
        switch (permission)
        {
            case Permission.Refer:
            case Permission.SeeOwnReferrals:
                return AccessDecision.Allow;
            case Permission.Manage:
                return roles.Contains(TenantRole.Admin)
                    ? AccessDecision.Allow
                    : AccessDecision.Refuse($"Only admins can change settings and roles. Ask an admin ({admins}).");
            case Permission.LogOutcome:
            case Permission.SeeCandidate:
                if (roles.Contains(TenantRole.Recruiter)) return AccessDecision.Allow;
                if (roles.Contains(TenantRole.HiringManager) && ownsTheRole) return AccessDecision.Allow;
                var what = permission == Permission.LogOutcome ? "log outcomes" : "see candidates";
                return roles.Contains(TenantRole.HiringManager)
                    ? AccessDecision.Refuse($"Hiring managers can {what} only for the roles they own. Ask an admin ({admins}) to add this role to yours, or a recruiter to do it.")
                    : AccessDecision.Refuse($"Only recruiters and hiring managers can {what}. Ask an admin ({admins}) to make you one, e.g. \"make @you a recruiter\". You can still refer people.");
            default:
                return AccessDecision.Refuse("That isn't something I can allow.");
        }
    }
}
