using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RecruitBot.Recruiting.Storage.Migrations;

/// <summary>Install-wide generated secrets.</summary>
[DbContext(typeof(RecruitingDb))]
[Migration("20261121000006_AppSecrets")]
public sealed class M0006_AppSecrets : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateTable(
            name: "AppSecrets",
            columns: t => new
            {
                Name = t.Column<string>(maxLength: 64, nullable: false),
                Value = t.Column<string>(maxLength: 512, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_AppSecrets", x => x.Name));

    protected override void Down(MigrationBuilder m) => m.DropTable("AppSecrets");
}
