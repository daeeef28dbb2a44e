using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges.Migrations;

/// <summary>Date-first indexes for the planner's cross-tenant pre-scan of who is due (candidates and in-process records).</summary>
[DbContext(typeof(RecruitingDb))]
[Migration("20261122000009_DueScanIndex")]
public sealed class M0009_DueScanIndex : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateIndex(DueScanIndexConfiguration.Name, "Candidates", ["NextContactOn", "TenantId", "DoNotContact"]);
        m.CreateIndex("IX_InProcess_Started_Tenant", "InProcess", ["StartedOn", "TenantId", "LastPromptedOn"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_InProcess_Started_Tenant", "InProcess");
        m.DropIndex(DueScanIndexConfiguration.Name, "Candidates");
    }
}
