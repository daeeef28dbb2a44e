using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruitBot.Recruiting;

namespace RecruitBot.Referrals.Storage;

/// <summary>
/// Adds one index to the core's outcome events so a rediscovery shortlist reads, per similar role and outcome, only
/// the matching events newest first, instead of scanning a tenant's whole history.
/// </summary>
internal sealed class RediscoveryIndexConfiguration : IEntityTypeConfiguration<OutcomeEvent>
{
    public void Configure(EntityTypeBuilder<OutcomeEvent> e) =>
        e.HasIndex(x => new { x.TenantId, x.RoleId, x.Outcome, x.LoggedAtUtc }).HasDatabaseName("IX_OutcomeEvents_Tenant_Role_Outcome");
}
