namespace RecruitBot.Tests.Isolation;

/// <summary>
/// What a user of one tenant might type, across every command family, drawn from a seeded <see cref="Random"/>.
/// The data in each line is the tenant's own (its emails, roles, skills), so the other tenant can spot it.
/// </summary>
public static class IsolationScript
{
    public static readonly string[] Families =
        ["log", "follow-up", "due", "show", "undo", "nudge", "referral", "opening", "privacy", "admin", "help"];

    private static readonly string[] OutcomePhrases =
    [
        "we went with someone else", "we rejected them", "they withdrew", "we hired them", "they declined our offer",
        "on hold for now", "runner-up",
    ];

    private static readonly string[] FollowUps =
    [
        "yes", "yes", "no", "cancel", "edit", "1", "2", "new", "different person", "not yet", "they agreed",
        "they're interested, call back in May", "no reply", "asked not to be contacted", "outcome: rejected",
        "next contact: in 2 months", "undo",
    ];

    public static string Line(string family, TenantWorld w, Random rng)
    {
        var c = Pick(rng, TenantWorld.Candidates);
        var r = Pick(rng, TenantWorld.Referred);
        var role = Pick(rng, w.Roles);
        var user = Pick(rng, TenantWorld.UserIds);
        return family switch
        {
            "log" => rng.Next(4) switch
            {
                0 => $"Interviewed {c} for the {role} role, {w.Email(c)}, strong {w.Skill}, weak on system design, {Pick(rng, OutcomePhrases)}. Check back in {rng.Next(1, 12)} months",
                1 => $"{c} was runner-up for {role}, strong {w.Skill}",
                2 => $"{c} declined our offer for {role}, {w.Email(c)}, couldn't relocate from {w.Works} city",
                _ => $"Interviewed {c} for {role}. {Pick(rng, TenantWorld.Candidates)} was rejected for {Pick(rng, w.Roles)}, weak on {w.Skill}",
            },
            "follow-up" => rng.Next(3) == 0 ? $"role: {Pick(rng, w.Roles)}" : Pick(rng, FollowUps),
            "due" => Pick(rng, ["who is due", "due this week", "due in February", "who is due in March", "who's overdue"]),
            "show" => rng.Next(2) == 0 ? $"show {c}" : $"what do we know about {c}",
            "undo" => "undo",
            "nudge" => rng.Next(6) switch
            {
                0 => $"contacted {c}",
                1 => $"snooze {c} {Pick(rng, ["1 month", "2 weeks", "until March"])}",
                2 => $"do not contact {c}",
                3 => $"draft check-in for {c}",
                4 => $"interviewing {c} for {role}",
                _ => Pick(rng, ["digest", "digest show names", "digest off", "digest monday 9:00"]),
            },
            "referral" => rng.Next(7) switch
            {
                0 or 1 => $"refer {r} for the {role} opening, {w.Email(r)}, we worked together at {w.Works}",
                2 => "my referrals",
                3 => $"{r} agreed",
                4 => $"mark {r} contacted",
                5 => $"{r} is interviewing",
                _ => rng.Next(2) == 0 ? $"stop updates for {r}'s referrer" : "refer",
            },
            "opening" => rng.Next(4) == 0 ? "new opening" : $"new opening: {role} II, needs {w.Skill}",
            "privacy" => rng.Next(4) switch
            {
                0 => $"export {c}",
                1 => $"forget {c}",
                2 => $"yes, forget {c}",
                _ => "audit log",
            },
            "admin" => rng.Next(5) switch
            {
                0 => $"make @{w.FirstName(user)} a recruiter",
                1 => $"make @{w.FirstName(user)} hiring manager for {role}",
                2 => $"remove @{w.FirstName(user)} as recruiter",
                3 => "who has access",
                _ => "my role",
            },
            _ => "help",
        };
    }

    /// <summary>Plausible values for a card's input fields; unknown ids get the tenant's own words.</summary>
    public static IReadOnlyDictionary<string, string> Inputs(string verb, TenantWorld w, Random rng) => verb switch
    {
        "outcome.save" => new Dictionary<string, string> { ["c0.role"] = Pick(rng, w.Roles), ["c0.reasons"] = $"strong {w.Skill}" },
        "opening.submit" => new Dictionary<string, string> { ["title"] = $"{Pick(rng, w.Roles)} III", ["keywords"] = w.Skill },
        "referral.submit" => new Dictionary<string, string>
        {
            ["name"] = Pick(rng, TenantWorld.Referred), ["email"] = w.Email(Pick(rng, TenantWorld.Referred)),
            ["role"] = Pick(rng, w.Roles), ["why"] = $"we worked together at {w.Works}",
        },
        "nudge.snooze-date" => new Dictionary<string, string> { ["date"] = "2026-03-02" },
        "nudge.dnc-save" => new Dictionary<string, string> { ["reason"] = $"asked us not to, via {w.Works}" },
        _ => new Dictionary<string, string>(),
    };

    public static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
