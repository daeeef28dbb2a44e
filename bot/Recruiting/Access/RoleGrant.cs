namespace RecruitBot.Recruiting.Access;

/// <summary>A role granted to a person in a tenant. Hiring-manager ownership of a role lives on <see cref="Role"/>.</summary>
public sealed class RoleGrant : ITenantOwned
{
    public required string TenantId { get; set; }
    public required string UserId { get; set; }
    public TenantRole Role { get; set; }
    public string? GrantedBy { get; set; }
    public DateTime GrantedAtUtc { get; set; }
}
