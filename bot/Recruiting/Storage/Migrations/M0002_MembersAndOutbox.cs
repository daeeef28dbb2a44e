using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RecruitBot.Recruiting.Storage.Migrations;

/// <summary>Who the bot talks to (for proactive delivery) and the transactional outbox.</summary>
[DbContext(typeof(RecruitingDb))]
[Migration("20261121000002_MembersAndOutbox")]
public sealed class M0002_MembersAndOutbox : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "Members",
            columns: t => new
            {
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                ChannelId = t.Column<string>(maxLength: 32, nullable: false),
                UserId = t.Column<string>(maxLength: 256, nullable: false),
                DisplayName = t.Column<string>(maxLength: 200, nullable: true),
                TimeZoneId = t.Column<string>(maxLength: 64, nullable: true),
                FirstSeenUtc = t.Column<DateTime>(nullable: false),
                LastSeenUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Members", x => new { x.TenantId, x.ChannelId, x.UserId }));

        m.CreateTable(
            name: "Outbox",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                Kind = t.Column<string>(maxLength: 64, nullable: false),
                IdempotencyKey = t.Column<string>(maxLength: 400, nullable: false),
                ChannelId = t.Column<string>(maxLength: 32, nullable: false),
                Recipient = t.Column<string>(maxLength: 600, nullable: false),
                Payload = t.Column<string>(maxLength: 200000, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Attempts = t.Column<int>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                NextAttemptAtUtc = t.Column<DateTime>(nullable: false),
                LeaseOwner = t.Column<string>(maxLength: 128, nullable: true),
                LeaseUntilUtc = t.Column<DateTime>(nullable: true),
                SentAtUtc = t.Column<DateTime>(nullable: true),
                LastError = t.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Outbox", x => x.Id));

        m.CreateIndex("IX_Outbox_Tenant_Key", "Outbox", ["TenantId", "IdempotencyKey"], unique: true);
        m.CreateIndex("IX_Outbox_Status_NextAttempt", "Outbox", ["Status", "NextAttemptAtUtc"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("Outbox");
        m.DropTable("Members");
    }
}
