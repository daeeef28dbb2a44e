using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RecruitBot.Channels.Slack.Storage.Migrations;

/// <summary>Hand-written (no EF design package); no <c>type:</c> so it runs on SQLite and PostgreSQL.</summary>
[DbContext(typeof(SlackDb))]
[Migration("20261121000101_SlackInitial")]
public sealed class S0001_Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "SlackInbox",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TenantId = t.Column<string>(maxLength: 80, nullable: false),
                EventId = t.Column<string>(maxLength: 200, nullable: false),
                Kind = t.Column<string>(maxLength: 32, nullable: false),
                Payload = t.Column<string>(maxLength: 300000, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Attempts = t.Column<int>(nullable: false),
                ReceivedAtUtc = t.Column<DateTime>(nullable: false),
                LockedUntilUtc = t.Column<DateTime>(nullable: true),
                ProcessedAtUtc = t.Column<DateTime>(nullable: true),
                LastError = t.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_SlackInbox", x => x.Id));

        m.CreateTable(
            name: "SlackInstallations",
            columns: t => new
            {
                TenantId = t.Column<string>(maxLength: 80, nullable: false),
                TeamId = t.Column<string>(maxLength: 32, nullable: false),
                EnterpriseId = t.Column<string>(maxLength: 32, nullable: true),
                TeamName = t.Column<string>(maxLength: 200, nullable: true),
                BotToken = t.Column<string>(maxLength: 500, nullable: false),
                BotUserId = t.Column<string>(maxLength: 32, nullable: true),
                AppId = t.Column<string>(maxLength: 32, nullable: true),
                Scopes = t.Column<string>(maxLength: 2000, nullable: true),
                InstalledAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_SlackInstallations", x => x.TenantId));

        m.CreateTable(
            name: "SlackGoneConversations",
            columns: t => new
            {
                TenantId = t.Column<string>(maxLength: 80, nullable: false),
                ChannelId = t.Column<string>(maxLength: 64, nullable: false),
                Error = t.Column<string>(maxLength: 64, nullable: false),
                AtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_SlackGoneConversations", x => new { x.TenantId, x.ChannelId }));

        m.CreateIndex("IX_SlackInbox_Tenant_Event", "SlackInbox", ["TenantId", "EventId"], unique: true);
        m.CreateIndex("IX_SlackInbox_Status_Received", "SlackInbox", ["Status", "ReceivedAtUtc"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("SlackGoneConversations");
        m.DropTable("SlackInstallations");
        m.DropTable("SlackInbox");
    }
}
