using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RecruitBot.Recruiting.Storage.Migrations;

/// <summary>
/// Written by hand: EF's design-time package does not restore here. Column types are left to the provider's
/// type mapping (no <c>type:</c>) so the same migration runs on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(RecruitingDb))]
[Migration("20261121000001_Initial")]
public sealed class M0001_Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "Candidates",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                DisplayName = t.Column<string>(maxLength: 200, nullable: false),
                NormalizedName = t.Column<string>(maxLength: 200, nullable: false),
                Aliases = t.Column<string>(maxLength: 2000, nullable: false),
                Email = t.Column<string>(maxLength: 320, nullable: true),
                Phone = t.Column<string>(maxLength: 64, nullable: true),
                LinkedInUrl = t.Column<string>(maxLength: 500, nullable: true),
                DoNotContact = t.Column<bool>(nullable: false),
                DoNotContactReason = t.Column<string>(maxLength: 1000, nullable: true),
                OwnerUserId = t.Column<string>(maxLength: 256, nullable: true),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                CreatedInBatch = t.Column<Guid>(nullable: false),
                NextContactOn = t.Column<DateOnly>(nullable: true),
                NextContactWhy = t.Column<string>(maxLength: 500, nullable: true),
                LastContactAtUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Candidates", x => x.Id));

        m.CreateTable(
            name: "Roles",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                Title = t.Column<string>(maxLength: 200, nullable: false),
                NormalizedTitle = t.Column<string>(maxLength: 200, nullable: false),
                HiringManagerUserId = t.Column<string>(maxLength: 256, nullable: true),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                CreatedInBatch = t.Column<Guid>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Roles", x => x.Id));

        m.CreateTable(
            name: "Dialogs",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                ConversationId = t.Column<string>(maxLength: 512, nullable: false),
                UserId = t.Column<string>(maxLength: 256, nullable: false),
                Kind = t.Column<string>(maxLength: 64, nullable: false),
                Payload = t.Column<string>(maxLength: 200000, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                ExpiresAtUtc = t.Column<DateTime>(nullable: false),
                CompletedAtUtc = t.Column<DateTime>(nullable: true),
                CompletionSummary = t.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Dialogs", x => x.Id));

        m.CreateTable(
            name: "OutcomeEvents",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                RoleId = t.Column<Guid>(nullable: true),
                Outcome = t.Column<string>(maxLength: 32, nullable: false),
                ReasonText = t.Column<string>(maxLength: 4000, nullable: true),
                ReasonCategory = t.Column<string>(maxLength: 32, nullable: true),
                Blockers = t.Column<string>(maxLength: 4000, nullable: false),
                Feedback = t.Column<string>(maxLength: 4000, nullable: true),
                NextContactOn = t.Column<DateOnly>(nullable: true),
                NextContactWhy = t.Column<string>(maxLength: 500, nullable: false),
                LoggedByUserId = t.Column<string>(maxLength: 256, nullable: false),
                LoggedByName = t.Column<string>(maxLength: 200, nullable: true),
                LoggedAtUtc = t.Column<DateTime>(nullable: false),
                SourceText = t.Column<string>(maxLength: 20000, nullable: true),
                BatchId = t.Column<Guid>(nullable: false),
                RetractedAtUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_OutcomeEvents", x => x.Id);
                t.ForeignKey("FK_OutcomeEvents_Candidates_CandidateId", x => x.CandidateId, "Candidates", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_OutcomeEvents_Roles_RoleId", x => x.RoleId, "Roles", "Id", onDelete: ReferentialAction.SetNull);
            });

        m.CreateTable(
            name: "Notes",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 32, nullable: false),
                Text = t.Column<string>(maxLength: 4000, nullable: false),
                ByUserId = t.Column<string>(maxLength: 256, nullable: false),
                AtUtc = t.Column<DateTime>(nullable: false),
                BatchId = t.Column<Guid>(nullable: false),
                RetractedAtUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Notes", x => x.Id);
                t.ForeignKey("FK_Notes_Candidates_CandidateId", x => x.CandidateId, "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateIndex("IX_Candidates_Tenant_NextContact", "Candidates", ["TenantId", "NextContactOn"]);
        m.CreateIndex("IX_Candidates_Tenant_Name", "Candidates", ["TenantId", "NormalizedName"]);
        m.CreateIndex("IX_Roles_Tenant_Title", "Roles", ["TenantId", "NormalizedTitle"]);
        m.CreateIndex("IX_Dialogs_Tenant_Conversation_User", "Dialogs", ["TenantId", "ConversationId", "UserId"]);
        m.CreateIndex("IX_Dialogs_ExpiresAtUtc", "Dialogs", "ExpiresAtUtc");
        m.CreateIndex("IX_OutcomeEvents_Tenant_Candidate", "OutcomeEvents", ["TenantId", "CandidateId", "LoggedAtUtc"]);
        m.CreateIndex("IX_OutcomeEvents_Tenant_Logger", "OutcomeEvents", ["TenantId", "LoggedByUserId", "LoggedAtUtc"]);
        m.CreateIndex("IX_OutcomeEvents_RoleId", "OutcomeEvents", "RoleId");
        m.CreateIndex("IX_OutcomeEvents_CandidateId", "OutcomeEvents", "CandidateId");
        m.CreateIndex("IX_Notes_Tenant_Candidate", "Notes", ["TenantId", "CandidateId", "AtUtc"]);
        m.CreateIndex("IX_Notes_CandidateId", "Notes", "CandidateId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("Notes");
        m.DropTable("OutcomeEvents");
        m.DropTable("Dialogs");
        m.DropTable("Roles");
        m.DropTable("Candidates");
    }
}
