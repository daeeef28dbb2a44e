using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Access;

/// <summary>Role grants per tenant.</summary>
[DbContext(typeof(RecruitingDb))]
[Migration("20261121000005_Access")]
public sealed class M0005_Access : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "RoleGrants",
            columns: t => new
            {
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                UserId = t.Column<string>(maxLength: 256, nullable: false),
                Role = t.Column<string>(maxLength: 32, nullable: false),
                GrantedBy = t.Column<string>(maxLength: 256, nullable: true),
                GrantedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_RoleGrants", x => new { x.TenantId, x.UserId, x.Role }));
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("RoleGrants");
}
