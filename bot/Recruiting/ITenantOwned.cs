namespace RecruitBot.Recruiting;

/// <summary>Every stored row belongs to exactly one tenant (a Teams tenant, a Slack workspace, or "local").</summary>
public interface ITenantOwned
{
    string TenantId { get; }
}
