using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Privacy;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges.Digest;

/// <summary>
/// Builds a team channel's weekly digest: who is due this week per recruiter, stale decisions, outcomes logged last
/// week, then any <see cref="IDigestSection"/>. Counts only, unless the team opted in to names; never reasons.
/// </summary>
public sealed class DigestBuilder(IEnumerable<IDigestSection> extra, TenantRetention retention, IOptions<NudgesOptions> options)
{
    private const int MaxNames = 10;

    public async Task<CardReply> BuildAsync(RecruitingDb db, TeamChannel channel, DateOnly weekStart, DateTime nowUtc, CancellationToken ct)
    {
        var context = new DigestContext(channel.TenantId, channel, weekStart, weekStart.AddDays(6), nowUtc, channel.ShowNames);
        var people = (await db.Members.AsNoTracking().Select(m => new { m.UserId, m.DisplayName }).ToListAsync(ct))
            .GroupBy(m => m.UserId).ToDictionary(g => g.Key, g => g.Select(m => m.DisplayName).FirstOrDefault(n => n != null) ?? g.Key);
        string Person(string? id) => id is null ? "unassigned" : people.GetValueOrDefault(id) ?? id;

        var sections = new List<DigestSection>
        {
            await DueAsync(db, context, await retention.WindowAsync(db, nowUtc, ct), Person, ct),
            await StaleAsync(db, context, Person, ct),
            await OutcomesAsync(db, context, ct),
        };
        foreach (var section in extra)
            if (await section.BuildAsync(db, context, ct) is { } s) sections.Add(s);

        var title = $"Weekly recruiting digest · week of {CardViews.Day(weekStart)}";
        return new CardReply("digest", NudgeCards.Map(
            ("title", title),
            ("intro", channel.Name is { } n ? $"For {n}." : ""),
            ("lines", sections.SelectMany(s => new[] { NudgeCards.Map(("heading", s.Title)) }
                .Concat(s.Lines.Select(l => NudgeCards.Map(("text", l))))).ToList()),
            ("footer", channel.ShowNames
                ? "Candidate names are shown in this channel. Say \"digest hide names\" to hide them."
                : "Candidate names and reasons stay out of this channel; recruiters see them in their own nudges. Say \"digest show names\" to show names here.")),
            title + ": " + string.Join("; ", sections.Select(s => $"{s.Title}: {s.Lines.FirstOrDefault() ?? "none"}")));
    }

    private static async Task<DigestSection> DueAsync(RecruitingDb db, DigestContext c, RetentionWindow window, Func<string?, string> person, CancellationToken ct)
    {
        var end = c.WeekEnd;
        var due = await db.Candidates.AsNoTracking().Where(x => x.NextContactOn != null && x.NextContactOn <= end && !x.DoNotContact).WithinRetention(db, window)
            .Select(x => new { x.OwnerUserId, x.DisplayName, x.NextContactOn }).ToListAsync(ct);
        if (due.Count == 0) return new DigestSection("Due this week", ["Nobody is due this week."]);
        var lines = due.GroupBy(x => x.OwnerUserId).OrderByDescending(g => g.Count()).ThenBy(g => person(g.Key), StringComparer.Ordinal).Select(g =>
        {
            var overdue = g.Count(x => x.NextContactOn < c.WeekStart);
            var line = $"{person(g.Key)}: {g.Count()} due" + (overdue > 0 ? $" ({overdue} overdue)" : "");
            return c.ShowNames ? line + " — " + Names(g.OrderBy(x => x.NextContactOn).Select(x => x.DisplayName)) : line;
        }).ToList();
        lines.Insert(0, $"{due.Count} past candidates are due for a check-in this week.");
        return new DigestSection("Due this week", lines);
    }

    private async Task<DigestSection> StaleAsync(RecruitingDb db, DigestContext c, Func<string?, string> person, CancellationToken ct)
    {
        var cutoff = c.WeekStart.AddDays(-options.Value.StaleAfterDays);
        var open = await (from r in db.Set<InProcessRecord>()
                          join cand in db.Candidates on r.CandidateId equals cand.Id
                          where r.StartedOn <= cutoff
                                && !db.OutcomeEvents.Any(e => e.CandidateId == r.CandidateId && e.RetractedAtUtc == null && e.LoggedAtUtc >= r.CreatedAtUtc)
                          select new { r.HiringManagerUserId, cand.DisplayName, r.RoleTitle }).AsNoTracking().ToListAsync(ct);
        if (open.Count == 0) return new DigestSection("Waiting for a decision", ["No stale decisions. Every interviewed candidate has an outcome or is recent."]);
        var lines = open.GroupBy(x => x.HiringManagerUserId).OrderBy(g => person(g.Key), StringComparer.Ordinal).Select(g =>
        {
            var line = $"{person(g.Key)}: {g.Count()} without an outcome for over {options.Value.StaleAfterDays} days";
            return c.ShowNames ? line + " — " + Names(g.Select(x => x.DisplayName + (x.RoleTitle is null ? "" : $" ({x.RoleTitle})"))) : line;
        }).ToList();
        return new DigestSection("Waiting for a decision", lines);
    }

    private static async Task<DigestSection> OutcomesAsync(RecruitingDb db, DigestContext c, CancellationToken ct)
    {
        // "Last week" is the team's week: local midnights, not UTC ones.
        var zone = Turn.FindZone(c.Channel.TimeZoneId);
        var since = LocalMidnightUtc(c.WeekStart.AddDays(-7), zone);
        var until = LocalMidnightUtc(c.WeekStart, zone);
        var logged = await (from e in db.OutcomeEvents
                            join cand in db.Candidates on e.CandidateId equals cand.Id
                            where e.RetractedAtUtc == null && e.LoggedAtUtc >= since && e.LoggedAtUtc < until
                            select new { e.Outcome, cand.DisplayName }).AsNoTracking().ToListAsync(ct);
        if (logged.Count == 0) return new DigestSection("Outcomes logged last week", ["None logged last week."]);
        var lines = new List<string> { $"{logged.Count} outcomes: " + string.Join(", ", logged.GroupBy(x => x.Outcome).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {DomainNames.Of(g.Key)}")) + "." };
        if (c.ShowNames) lines.AddRange(logged.GroupBy(x => x.Outcome).Select(g => $"{DomainNames.Of(g.Key)}: {Names(g.Select(x => x.DisplayName))}"));
        return new DigestSection("Outcomes logged last week", lines);
    }

    /// <summary>The UTC instant a local day starts; where midnight is skipped by a DST change, the first valid minute after it.</summary>
    internal static DateTime LocalMidnightUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    private static string Names(IEnumerable<string> names)
    {
        var all = names.ToList();
        return string.Join(", ", all.Take(MaxNames)) + (all.Count > MaxNames ? $" and {all.Count - MaxNames} more" : "");
    }
}
