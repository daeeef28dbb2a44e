using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges.Migrations;

/// <summary>A covering (TenantId, CreatedAtUtc, IdempotencyKey) index for the planner's chunked "planned lately" read.</summary>
[DbContext(typeof(RecruitingDb))]
[Migration("20261122000010_OutboxRecentIndex")]
public sealed class M0010_OutboxRecentIndex : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateIndex("IX_Outbox_Tenant_Created", "Outbox", ["TenantId", "CreatedAtUtc", "IdempotencyKey"]);

    protected override void Down(MigrationBuilder m) => m.DropIndex("IX_Outbox_Tenant_Created", "Outbox");
}
