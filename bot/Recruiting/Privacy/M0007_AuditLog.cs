using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>The audit log of access to candidate data.</summary>
[DbContext(typeof(RecruitingDb))]
[Migration("20261121000007_AuditLog")]
public sealed class M0007_AuditLog : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "AuditLog",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                ActorUserId = t.Column<string>(maxLength: 256, nullable: false),
                Action = t.Column<string>(maxLength: 16, nullable: false),
                Subject = t.Column<string>(maxLength: 64, nullable: false),
                AtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_AuditLog", x => x.Id));
        m.CreateIndex("IX_AuditLog_Tenant_At", "AuditLog", ["TenantId", "AtUtc"]);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("AuditLog");
}
