namespace RecruitBot.Tests.Isolation;

/// <summary>
/// One tenant's cast and vocabulary. Both tenants share candidate names, first names of users, user ids and
/// conversation ids, so a lookup that forgot the tenant finds the wrong person; everything else carries a marker
/// word unique to the tenant, so any of it surfacing in the other tenant is a detectable leak.
/// </summary>
public sealed record TenantWorld(string TenantId, string Tag, string[] Roles, string Skill, string Works)
{
    public static readonly string[] Candidates = ["Priya Shah", "Tom Lee", "Dana Fox", "Alex Kim", "Nina Patel"];
    public static readonly string[] Referred = ["Sam Ortiz", "Lee Wong"];
    public static readonly string[] UserIds = ["u1", "u2", "u3"];
    private static readonly string[] FirstNames = ["Ada", "Rex", "Kai"];

    public static TenantWorld Alpha { get; } = new("tenant-alpha", "alpha", ["Quantum Alchemist", "Zephyr Pilot"], "alphaglyph", "Alphaworks");
    public static TenantWorld Beta { get; } = new("tenant-beta", "beta", ["Borealis Architect", "Nimbus Welder"], "betamorph", "Betaworks");

    public string Email(string person) => $"{person.ToLowerInvariant().Replace(' ', '.')}@{Tag}-corp.test";

    /// <summary>"Ada Alphason": same first names in both tenants, surnames that give the tenant away.</summary>
    public string UserName(string userId) => $"{FirstNames[Array.IndexOf(UserIds, userId)]} {char.ToUpperInvariant(Tag[0])}{Tag[1..]}son";

    public string FirstName(string userId) => FirstNames[Array.IndexOf(UserIds, userId)];

    /// <summary>Lower-case words that only this tenant ever writes.</summary>
    public IReadOnlyList<string> Markers =>
        [$"{Tag}-corp.test", $"{Tag}son", Skill, Works.ToLowerInvariant(), .. Roles.Select(r => r.ToLowerInvariant())];

    /// <summary>The markers of this tenant found in <paramref name="text"/> (empty when none).</summary>
    public IEnumerable<string> FoundIn(string text)
    {
        var lower = text.ToLowerInvariant();
        return Markers.Where(m => lower.Contains(m, StringComparison.Ordinal));
    }
}
