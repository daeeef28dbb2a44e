using RecruitBot.Nudges;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Tests.Nudges;

/// <summary>Writes exact store states for planner tests: members, candidates with an outcome, in-process records.</summary>
public static class NudgeSeed
{
    public static async Task MemberAsync(RecruitingDbFactory dbs, string tenant, string user, string channel, string? zone, DateTime lastSeenUtc, string? name = null)
    {
        await using var db = dbs.For(tenant);
        db.Members.Add(new Member { TenantId = tenant, ChannelId = channel, UserId = user, TimeZoneId = zone, DisplayName = name ?? user, FirstSeenUtc = lastSeenUtc, LastSeenUtc = lastSeenUtc });
        await db.SaveChangesAsync();
    }

    public static async Task<Guid> CandidateAsync(RecruitingDbFactory dbs, string tenant, string owner, string name, DateOnly? next,
        Outcome outcome = Outcome.RunnerUp, DateTime? loggedUtc = null, string? role = "QA Lead", string? reason = "strong SQL", string blockers = "",
        bool doNotContact = false, DateTime? lastContactUtc = null)
    {
        var at = loggedUtc ?? new DateTime(2025, 8, 18, 10, 0, 0, DateTimeKind.Utc);
        await using var db = dbs.For(tenant);
        var c = new Candidate
        {
            TenantId = tenant, DisplayName = name, NormalizedName = NameNormalizer.Name(name), OwnerUserId = owner, CreatedAtUtc = at,
            NextContactOn = next, NextContactWhy = "runner-up: policy checks in every 90 days", DoNotContact = doNotContact, LastContactAtUtc = lastContactUtc,
        };
        db.Candidates.Add(c);
        Role? r = null;
        if (role is not null)
        {
            r = new Role { TenantId = tenant, Title = role, NormalizedTitle = NameNormalizer.Title(role) + Guid.NewGuid().ToString("N")[..4], CreatedAtUtc = at };
            db.Roles.Add(r);
        }
        db.OutcomeEvents.Add(new OutcomeEvent
        {
            TenantId = tenant, CandidateId = c.Id, RoleId = r?.Id, Outcome = outcome, ReasonText = reason, Blockers = blockers,
            NextContactOn = next, NextContactWhy = "policy", LoggedByUserId = owner, LoggedAtUtc = at, BatchId = Guid.NewGuid(),
        });
        await db.SaveChangesAsync();
        return c.Id;
    }

    public static async Task<InProcessRecord> InProcessAsync(RecruitingDbFactory dbs, string tenant, string manager, Guid candidateId, DateOnly started, string role = "QA Lead")
    {
        await using var db = dbs.For(tenant);
        var r = new InProcessRecord
        {
            TenantId = tenant, CandidateId = candidateId, RoleTitle = role, HiringManagerUserId = manager, StartedOn = started,
            CreatedAtUtc = started.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
        };
        db.Add(r);
        await db.SaveChangesAsync();
        return r;
    }
}
