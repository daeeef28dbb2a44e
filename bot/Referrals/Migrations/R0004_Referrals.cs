using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Referrals.Migrations;

/// <summary>Referrals, openings and the rediscovery index on outcome events. Hand-written, no provider types.</summary>
[DbContext(typeof(RecruitingDb))]
[Migration("20261121000004_Referrals")]
public sealed class R0004_Referrals : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "Referrals",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                ReferrerUserId = t.Column<string>(maxLength: 256, nullable: true),
                ReferrerCandidateId = t.Column<Guid>(nullable: true),
                ReferrerName = t.Column<string>(maxLength: 200, nullable: false),
                RecordedByUserId = t.Column<string>(maxLength: 256, nullable: false),
                RoleTitle = t.Column<string>(maxLength: 200, nullable: true),
                Relationship = t.Column<string>(maxLength: 1000, nullable: false),
                Why = t.Column<string>(maxLength: 4000, nullable: false),
                Consent = t.Column<string>(maxLength: 16, nullable: false),
                ConsentAtUtc = t.Column<DateTime>(nullable: true),
                Status = t.Column<string>(maxLength: 32, nullable: false),
                StatusChangedAtUtc = t.Column<DateTime>(nullable: false),
                UpdatesEnabled = t.Column<bool>(nullable: false),
                RecruiterUserId = t.Column<string>(maxLength: 256, nullable: true),
                MatchedExisting = t.Column<bool>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Referrals", x => x.Id);
                t.ForeignKey("FK_Referrals_Candidates_CandidateId", x => x.CandidateId, "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_Referrals_CandidateId", "Referrals", "CandidateId");
        m.CreateIndex("IX_Referrals_Tenant_Candidate", "Referrals", ["TenantId", "CandidateId"]);
        m.CreateIndex("IX_Referrals_Tenant_Referrer", "Referrals", ["TenantId", "ReferrerUserId", "CreatedAtUtc"]);
        m.CreateIndex("IX_Referrals_Tenant_Created", "Referrals", ["TenantId", "CreatedAtUtc"]);

        m.CreateTable(
            name: "Openings",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                Title = t.Column<string>(maxLength: 200, nullable: false),
                NormalizedTitle = t.Column<string>(maxLength: 200, nullable: false),
                Keywords = t.Column<string>(maxLength: 1000, nullable: false),
                OpenedByUserId = t.Column<string>(maxLength: 256, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Openings", x => x.Id));
        m.CreateIndex("IX_Openings_Tenant_Title", "Openings", ["TenantId", "NormalizedTitle"]);

        m.CreateIndex("IX_OutcomeEvents_Tenant_Role_Outcome", "OutcomeEvents", ["TenantId", "RoleId", "Outcome", "LoggedAtUtc"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_OutcomeEvents_Tenant_Role_Outcome", "OutcomeEvents");
        m.DropTable("Openings");
        m.DropTable("Referrals");
    }
}
