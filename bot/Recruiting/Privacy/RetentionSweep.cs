using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// One retention run: per tenant, reads who is past or near retention, lets <see cref="RetentionPlanner"/> decide,
/// erases through <see cref="CandidateErasure"/> (so channel inboxes and every participant erase too; the audit entry
/// names only the candidate id and the actor "retention") and enqueues consent-refresh cards to owners, keyed per
/// candidate and expiry date so running twice a day asks once.
/// </summary>
public sealed class RetentionSweep(
    IDbContextFactory<RecruitingDb> contexts,
    RecruitingDbFactory dbs,
    TenantRetention retention,
    CandidateErasure erasure,
    IOptions<RetentionOptions> options,
    IOptions<NudgesOptions> nudges,
    ILogger<RetentionSweep> logger)
{
    /// <summary>The audit actor of erasures made by this job: "erased by retention".</summary>
    public const string Actor = "retention";

    public async Task<RetentionReport> RunAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        List<string> tenants;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            tenants = await db.Candidates.IgnoreQueryFilters().Select(c => c.TenantId).Distinct().OrderBy(t => t).ToListAsync(ct);
        var report = new RetentionReport(0, 0);
        foreach (var tenant in tenants)
        {
            try
            {
                report += await RunTenantAsync(tenant, now, ct);
            }
            catch (DbUpdateException e)
            {
                // Another instance ran the same tenant; its refresh cards stand (same keys), ours are rolled back.
                logger.LogInformation(e, "Retention for tenant {Tenant} ran concurrently elsewhere", tenant);
            }
        }
        return report;
    }

    public async Task<RetentionReport> RunTenantAsync(string tenant, DateTimeOffset now, CancellationToken ct = default)
    {
        var o = options.Value;
        RetentionPlan plan;
        int months;
        List<Member> members;
        await using (var db = dbs.For(tenant))
        {
            months = await retention.MonthsAsync(db, ct);
            // Only people expiring by the end of the refresh window (so not kept the day after it) can need either action.
            var horizon = RetentionWindow.At(now.UtcDateTime, months).In(o.RefreshDaysBefore + 1);
            var facts = await RetentionReader.LoadAsync(db, db.Candidates.PastRetention(db, horizon), ct);
            plan = RetentionPlanner.Plan(facts, now.UtcDateTime, months, o.RefreshDaysBefore, o.MaxErasuresPerRun);
            members = plan.Refresh.Count == 0 ? [] : await db.Members.AsNoTracking().ToListAsync(ct);
        }

        var asked = plan.Refresh.Count == 0 ? 0 : await EnqueueRefreshAsync(tenant, plan, members, now, ct);
        foreach (var id in plan.Erase)
            await erasure.EraseAsync(tenant, id, Actor, now.UtcDateTime, ct);
        if (plan.Erase.Count > 0) logger.LogInformation("Retention erased {Count} candidates in tenant {Tenant}", plan.Erase.Count, tenant);
        return new RetentionReport(plan.Erase.Count, asked, await PurgeDeliveredAsync(tenant, now, ct));
    }

    /// <summary>Deletes the tenant's delivered and given-up messages older than <see cref="RetentionOptions.KeepDeliveredMessagesDays"/>; pending ones stay.</summary>
    private async Task<int> PurgeDeliveredAsync(string tenant, DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now.UtcDateTime.AddDays(-options.Value.KeepDeliveredMessagesDays);
        await using var db = dbs.For(tenant);
        return await db.Outbox.Where(m => m.Status != OutboxStatus.Pending && m.CreatedAtUtc < cutoff).ExecuteDeleteAsync(ct);
    }

    private async Task<int> EnqueueRefreshAsync(string tenant, RetentionPlan plan, List<Member> members, DateTimeOffset now, CancellationToken ct)
    {
        var n = nudges.Value;
        var reachable = NudgeRecipients.Pick(members);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var asked = 0;
        await using var db = dbs.For(tenant);
        foreach (var (candidate, expiresOn) in plan.Refresh)
        {
            if (!reachable.TryGetValue(candidate.OwnerUserId!, out var owner)) continue;
            // Sent at the owner's nudge time on a working day, never in quiet hours; the question has 30 days of slack.
            var slot = NudgeSchedule.NextWorkingDay(now, Turn.FindZone(owner.TimeZoneId), n.SendTime, n.Quiet, n.WorkDays, n.HolidaysFor(tenant));
            var card = ConsentCards.Refresh(candidate, expiresOn, today);
            if (await Outbox.EnqueueAsync(db, ConsentCards.RefreshTemplate, RetentionPlanner.RefreshKey(candidate.Id, expiresOn), owner.ChannelId,
                    NudgeRecipients.UserRecipient(owner.UserId), card, now.UtcDateTime, slot?.SendAtUtc ?? now.UtcDateTime, ct))
                asked++;
        }
        await db.SaveChangesAsync(ct);
        return asked;
    }
}
