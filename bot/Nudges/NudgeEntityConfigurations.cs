using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruitBot.Nudges.Digest;
using RecruitBot.Recruiting;

namespace RecruitBot.Nudges;

/// <summary>Planned nudge cards, looked up by recipient and day.</summary>
internal sealed class NudgeRecordConfiguration : IEntityTypeConfiguration<NudgeRecord>
{
    public void Configure(EntityTypeBuilder<NudgeRecord> e)
    {
        e.ToTable("Nudges");
        e.HasKey(x => x.Id);
        e.Property(x => x.TenantId).HasMaxLength(128);
        e.Property(x => x.Kind).HasMaxLength(32);
        e.Property(x => x.UserId).HasMaxLength(256);
        e.Property(x => x.ChannelId).HasMaxLength(32);
        e.Property(x => x.Items).HasMaxLength(20000);
        e.Ignore(x => x.ItemIds);
        e.HasIndex(x => new { x.TenantId, x.UserId, x.LocalDate }).HasDatabaseName("IX_Nudges_Tenant_User_Date");
    }
}

/// <summary>Applied actions: the key is the primary key, so a duplicate claim fails instead of applying twice.</summary>
internal sealed class NudgeActionRecordConfiguration : IEntityTypeConfiguration<NudgeActionRecord>
{
    public void Configure(EntityTypeBuilder<NudgeActionRecord> e)
    {
        e.ToTable("NudgeActions");
        e.HasKey(x => new { x.TenantId, x.Key });
        e.Property(x => x.TenantId).HasMaxLength(128);
        e.Property(x => x.Key).HasMaxLength(200);
        e.Property(x => x.Action).HasMaxLength(32);
        e.Property(x => x.Summary).HasMaxLength(1000);
        e.Property(x => x.ByUserId).HasMaxLength(256);
    }
}

/// <summary>In-process candidates; the start-date index serves the stale scan.</summary>
internal sealed class InProcessRecordConfiguration : IEntityTypeConfiguration<InProcessRecord>
{
    public void Configure(EntityTypeBuilder<InProcessRecord> e)
    {
        e.ToTable("InProcess");
        e.HasKey(x => x.Id);
        e.Property(x => x.TenantId).HasMaxLength(128);
        e.Property(x => x.RoleTitle).HasMaxLength(200);
        e.Property(x => x.HiringManagerUserId).HasMaxLength(256);
        e.Property(x => x.HiringManagerName).HasMaxLength(200);
        e.Property(x => x.Stage).HasMaxLength(200);
        e.HasOne<Candidate>().WithMany().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CandidateId).HasDatabaseName("IX_InProcess_CandidateId");
        e.HasIndex(x => new { x.TenantId, x.StartedOn }).HasDatabaseName("IX_InProcess_Tenant_Started");
        // The cross-tenant pre-scan (DueTenants): covering, so it never touches the table.
        e.HasIndex(x => new { x.StartedOn, x.TenantId, x.LastPromptedOn }).HasDatabaseName("IX_InProcess_Started_Tenant");
    }
}

/// <summary>Team channels: one row per channel conversation per tenant.</summary>
internal sealed class TeamChannelConfiguration : IEntityTypeConfiguration<TeamChannel>
{
    public void Configure(EntityTypeBuilder<TeamChannel> e)
    {
        e.ToTable("TeamChannels");
        e.HasKey(x => new { x.TenantId, x.ChannelId, x.ConversationId });
        e.Property(x => x.TenantId).HasMaxLength(128);
        e.Property(x => x.ChannelId).HasMaxLength(32);
        e.Property(x => x.ConversationId).HasMaxLength(512);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.TimeZoneId).HasMaxLength(64);
        e.Property(x => x.DigestDay).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.UpdatedByUserId).HasMaxLength(256);
    }
}
