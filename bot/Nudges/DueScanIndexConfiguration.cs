using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruitBot.Recruiting;

namespace RecruitBot.Nudges;

/// <summary>
/// The nudge planner's index on candidates, kept with the feature that reads it: date first so the cross-tenant
/// pre-scan (<see cref="DueTenants"/>) reads only the due range, and covering so it never touches the table.
/// </summary>
internal sealed class DueScanIndexConfiguration : IEntityTypeConfiguration<Candidate>
{
    public const string Name = "IX_Candidates_NextContact_Tenant";

    public void Configure(EntityTypeBuilder<Candidate> e) =>
        e.HasIndex(x => new { x.NextContactOn, x.TenantId, x.DoNotContact }).HasDatabaseName(Name);
}
