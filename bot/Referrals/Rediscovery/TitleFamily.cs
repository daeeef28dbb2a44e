using RecruitBot.Recruiting;

namespace RecruitBot.Referrals.Rediscovery;

/// <summary>
/// Decides whether two job titles are the same kind of job. Seniority and level words are dropped, so
/// "data engineer", "Data Engineer II" and "Senior Data Engineer" are one family; titles sharing a specific word
/// and most of their words ("data platform engineer") are similar; sharing only "engineer" is not.
/// </summary>
public static class TitleFamily
{
    public const int Same = 2;
    public const int Similar = 1;

    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal)
    {
        "senior", "junior", "lead", "principal", "staff", "head", "chief", "associate", "intern", "entry", "level", "mid",
        "graduate", "trainee", "i", "1", "2", "3", "4", "5", "iv", "v", "l1", "l2", "l3", "l4", "l5", "sde", "of", "and", "the", "a",
    };

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "engineer", "developer", "manager", "analyst", "specialist", "consultant", "officer", "coordinator", "administrator",
        "representative", "assistant", "director", "architect", "scientist", "designer",
    };

    private static readonly Dictionary<string, string[]> Expansions = new(StringComparer.Ordinal)
    {
        ["sre"] = ["site", "reliability", "engineer"],
        ["ml"] = ["machine", "learning"],
        ["ai"] = ["artificial", "intelligence"],
        ["ux"] = ["user", "experience"],
        ["devops"] = ["devops", "engineer"],
        ["developer"] = ["engineer"],
        ["programmer"] = ["engineer"],
    };

    /// <summary>The words that say what the job is, from any spelling of the title.</summary>
    public static IReadOnlySet<string> Core(string title)
    {
        var words = NameNormalizer.Title(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var core = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            foreach (var x in Expansions.TryGetValue(w, out var more) ? more : [w])
                if (!Levels.Contains(x)) core.Add(x);
        }
        return core;
    }

    /// <summary><see cref="Same"/>, <see cref="Similar"/> or 0.</summary>
    public static int Score(IReadOnlySet<string> opening, IReadOnlySet<string> role)
    {
        if (opening.Count == 0 || role.Count == 0) return 0;
        if (opening.SetEquals(role)) return Same;
        var shared = opening.Intersect(role).ToList();
        if (!shared.Any(w => !Generic.Contains(w))) return 0;
        var union = opening.Union(role).Count();
        return shared.Count * 2 >= union ? Similar : 0;
    }
}
