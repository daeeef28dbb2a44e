using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruitBot.Nudges;

namespace RecruitBot.Recruiting.Storage;

/// <summary>Members: one row per person per channel per tenant.</summary>
internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> e)
    {
        e.ToTable("Members");
        e.HasKey(x => new { x.TenantId, x.ChannelId, x.UserId });
        e.Property(x => x.TenantId).HasMaxLength(128);
        e.Property(x => x.ChannelId).HasMaxLength(32);
        e.Property(x => x.UserId).HasMaxLength(256);
        e.Property(x => x.DisplayName).HasMaxLength(200);
        e.Property(x => x.TimeZoneId).HasMaxLength(64);
    }
}

/// <summary>The outbox: the due index serves dispatchers looking for work.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("Outbox");
        e.HasKey(x => x.Id);
        e.Property(x => x.TenantId).HasMaxLength(128);
        e.Property(x => x.Kind).HasMaxLength(64);
        e.Property(x => x.IdempotencyKey).HasMaxLength(400);
        e.Property(x => x.ChannelId).HasMaxLength(32);
        e.Property(x => x.Recipient).HasMaxLength(600);
        e.Property(x => x.Payload).HasMaxLength(200000);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.LeaseOwner).HasMaxLength(128);
        e.Property(x => x.LastError).HasMaxLength(2000);
        e.HasIndex(x => new { x.TenantId, x.IdempotencyKey }).IsUnique().HasDatabaseName("IX_Outbox_Tenant_Key");
        e.HasIndex(x => new { x.Status, x.NextAttemptAtUtc }).HasDatabaseName("IX_Outbox_Status_NextAttempt");
        // The nudge planner asks "what did these tenants enqueue lately" for hundreds of tenants at once; by key, SQLite
        // would try every tenant with every key.
        e.HasIndex(x => new { x.TenantId, x.CreatedAtUtc, x.IdempotencyKey }).HasDatabaseName("IX_Outbox_Tenant_Created");
    }
}
