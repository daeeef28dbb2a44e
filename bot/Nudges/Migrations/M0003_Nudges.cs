using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges.Migrations;

/// <summary>Nudge cards, applied nudge actions, in-process candidates and team channels (weekly digest).</summary>
[DbContext(typeof(RecruitingDb))]
[Migration("20261121000003_Nudges")]
public sealed class M0003_Nudges : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "Nudges",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                Kind = t.Column<string>(maxLength: 32, nullable: false),
                UserId = t.Column<string>(maxLength: 256, nullable: false),
                ChannelId = t.Column<string>(maxLength: 32, nullable: false),
                LocalDate = t.Column<DateOnly>(nullable: false),
                Items = t.Column<string>(maxLength: 20000, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Nudges", x => x.Id));
        m.CreateIndex("IX_Nudges_Tenant_User_Date", "Nudges", ["TenantId", "UserId", "LocalDate"]);

        m.CreateTable(
            name: "NudgeActions",
            columns: t => new
            {
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                Key = t.Column<string>(maxLength: 200, nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                NudgeId = t.Column<Guid>(nullable: true),
                Action = t.Column<string>(maxLength: 32, nullable: false),
                Summary = t.Column<string>(maxLength: 1000, nullable: false),
                ByUserId = t.Column<string>(maxLength: 256, nullable: false),
                AppliedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_NudgeActions", x => new { x.TenantId, x.Key }));

        m.CreateTable(
            name: "InProcess",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                CandidateId = t.Column<Guid>(nullable: false),
                RoleTitle = t.Column<string>(maxLength: 200, nullable: true),
                HiringManagerUserId = t.Column<string>(maxLength: 256, nullable: false),
                HiringManagerName = t.Column<string>(maxLength: 200, nullable: true),
                Stage = t.Column<string>(maxLength: 200, nullable: true),
                StartedOn = t.Column<DateOnly>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                LastPromptedOn = t.Column<DateOnly>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_InProcess", x => x.Id);
                t.ForeignKey("FK_InProcess_Candidates_CandidateId", x => x.CandidateId, "Candidates", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_InProcess_CandidateId", "InProcess", "CandidateId");
        m.CreateIndex("IX_InProcess_Tenant_Started", "InProcess", ["TenantId", "StartedOn"]);

        m.CreateTable(
            name: "TeamChannels",
            columns: t => new
            {
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                ChannelId = t.Column<string>(maxLength: 32, nullable: false),
                ConversationId = t.Column<string>(maxLength: 512, nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: true),
                TimeZoneId = t.Column<string>(maxLength: 64, nullable: true),
                DigestDay = t.Column<string>(maxLength: 16, nullable: false),
                DigestTime = t.Column<TimeOnly>(nullable: false),
                Enabled = t.Column<bool>(nullable: false),
                ShowNames = t.Column<bool>(nullable: false),
                RegisteredAtUtc = t.Column<DateTime>(nullable: false),
                UpdatedAtUtc = t.Column<DateTime>(nullable: false),
                UpdatedByUserId = t.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_TeamChannels", x => new { x.TenantId, x.ChannelId, x.ConversationId }));
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("TeamChannels");
        m.DropTable("InProcess");
        m.DropTable("NudgeActions");
        m.DropTable("Nudges");
    }
}
