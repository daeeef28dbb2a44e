namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// Decides the daily retention run, purely: anyone past <see cref="RetentionRule.ExpiresOn"/> is erased (oldest
/// first, at most <c>maxErasures</c>); anyone expiring within <c>refreshDaysBefore</c> days gets a consent-refresh
/// question to their owner, unless there is nobody to ask, they refused the pool, or we may not contact them anyway.
/// </summary>
public static class RetentionPlanner
{
    public static RetentionPlan Plan(IEnumerable<RetentionFacts> candidates, DateTime nowUtc, int months, int refreshDaysBefore, int maxErasures)
    {
        var window = RetentionWindow.At(nowUtc, months);
        var erase = new List<(Guid Id, DateOnly ExpiresOn)>();
        var refresh = new List<(RetentionFacts, DateOnly)>();
        foreach (var c in candidates)
        {
            var expires = window.ExpiresOn(c.LastContactOrCreatedUtc, c.ConsentUntil);
            if (window.Today > expires)
                erase.Add((c.Id, expires));
            else if (window.Today >= RetentionRule.RefreshOn(expires, refreshDaysBefore)
                     && c.OwnerUserId is not null && !c.DoNotContact && c.Consent != PoolConsent.Refused)
                refresh.Add((c, expires));
        }
        return new RetentionPlan(
            erase.OrderBy(e => e.ExpiresOn).ThenBy(e => e.Id).Take(maxErasures).Select(e => e.Id).ToList(),
            refresh.OrderBy(r => r.Item2).ThenBy(r => r.Item1.Id).ToList());
    }

    /// <summary>The idempotency key of the refresh question: one per person per expiry date, so renewing asks again next time.</summary>
    public static string RefreshKey(Guid candidateId, DateOnly expiresOn) =>
        $"{ConsentCards.RefreshTemplate}:{candidateId:N}:{expiresOn:yyyy-MM-dd}";
}
