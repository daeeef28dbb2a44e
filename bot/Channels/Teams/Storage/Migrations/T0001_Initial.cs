using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RecruitBot.Channels.Teams.Storage.Migrations;

/// <summary>Hand-written (no EF design package here); no <c>type:</c> so it runs on SQLite and PostgreSQL.</summary>
[DbContext(typeof(TeamsDb))]
[Migration("20261121100001_TeamsInitial")]
public sealed class T0001_Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "TeamsConversations",
            columns: t => new
            {
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                ConversationId = t.Column<string>(maxLength: 512, nullable: false),
                ServiceUrl = t.Column<string>(maxLength: 512, nullable: false),
                ConversationType = t.Column<string>(maxLength: 32, nullable: true),
                UserId = t.Column<string>(maxLength: 256, nullable: true),
                UserAadObjectId = t.Column<string>(maxLength: 64, nullable: true),
                UserName = t.Column<string>(maxLength: 200, nullable: true),
                TeamId = t.Column<string>(maxLength: 256, nullable: true),
                ChannelId = t.Column<string>(maxLength: 256, nullable: true),
                BotId = t.Column<string>(maxLength: 256, nullable: true),
                BotName = t.Column<string>(maxLength: 200, nullable: true),
                Gone = t.Column<bool>(nullable: false),
                UpdatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_TeamsConversations", x => new { x.TenantId, x.ConversationId }));

        m.CreateTable(
            name: "TeamsServiceUrls",
            columns: t => new
            {
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                ServiceUrl = t.Column<string>(maxLength: 512, nullable: false),
                LastSeenAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_TeamsServiceUrls", x => new { x.TenantId, x.ServiceUrl }));

        m.CreateTable(
            name: "TeamsProcessedActivities",
            columns: t => new
            {
                TenantId = t.Column<string>(maxLength: 128, nullable: false),
                ActivityId = t.Column<string>(maxLength: 256, nullable: false),
                ProcessedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_TeamsProcessedActivities", x => new { x.TenantId, x.ActivityId }));

        m.CreateIndex("IX_TeamsConversations_Tenant_UserAad", "TeamsConversations", ["TenantId", "UserAadObjectId"]);
        m.CreateIndex("IX_TeamsProcessedActivities_ProcessedAtUtc", "TeamsProcessedActivities", "ProcessedAtUtc");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("TeamsProcessedActivities");
        m.DropTable("TeamsServiceUrls");
        m.DropTable("TeamsConversations");
    }
}
