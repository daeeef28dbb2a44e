using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// How each candidate came to us and whether they agreed to stay in the pool, plus per-tenant settings (retention).
/// Existing rows become source and consent "Unknown": we cannot know, and unknown consent never extends retention.
/// </summary>
[DbContext(typeof(RecruitingDb))]
[Migration("20261122000008_ConsentAndSource")]
public sealed class M0008_ConsentAndSource : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>(name: "Source", table: "Candidates", maxLength: 16, nullable: false, defaultValue: nameof(CandidateSource.Unknown));
        m.AddColumn<string>(name: "PoolConsent", table: "Candidates", maxLength: 16, nullable: false, defaultValue: nameof(PoolConsent.Unknown));
        m.AddColumn<DateTime>(name: "ConsentAtUtc", table: "Candidates", nullable: true);
        m.AddColumn<DateOnly>(name: "ConsentUntil", table: "Candidates", nullable: true);

        m.CreateTable(
            name: "TenantSettings",
            columns: t => new
            {
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                RetentionMonths = t.Column<int>(nullable: true),
                UpdatedByUserId = t.Column<string>(maxLength: 256, nullable: true),
                UpdatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_TenantSettings", x => x.TenantId));
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("TenantSettings");
        m.DropColumn("ConsentUntil", "Candidates");
        m.DropColumn("ConsentAtUtc", "Candidates");
        m.DropColumn("PoolConsent", "Candidates");
        m.DropColumn("Source", "Candidates");
    }
}
