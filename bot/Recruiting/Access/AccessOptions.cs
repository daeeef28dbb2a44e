namespace RecruitBot.Recruiting.Access;

/// <summary>
/// Bound from <c>Access</c>. Admins and recruiters may be configured per tenant
/// (<c>Access:Tenants:{tenantId}:Admins:0=user-id</c>); otherwise the installer becomes the first admin.
/// </summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// Tenants where everyone has every role. The terminal's "local" tenant is open by default: it runs on your own
    /// machine against your own file, so there is nobody to keep out.
    /// </summary>
    public List<string> OpenTenants { get; set; } = ["local"];

    public Dictionary<string, TenantAccess> Tenants { get; set; } = new(StringComparer.Ordinal);

    public sealed class TenantAccess
    {
        public List<string> Admins { get; set; } = [];
        public List<string> Recruiters { get; set; } = [];
    }
}
