using System.Globalization;
using System.Text.RegularExpressions;
using RecruitBot.Recruiting;

namespace RecruitBot.Nudges;

/// <summary>
/// The words of a nudge, built only from stored facts: how long ago, the blocker question and the check-in draft.
/// Nothing here invents a fact; when a blocker cannot be rephrased safely it is quoted as written.
/// </summary>
public static partial class NudgeText
{
    public static string Ago(DateOnly then, DateOnly today)
    {
        var days = today.DayNumber - then.DayNumber;
        if (days <= 0) return "today";
        if (days == 1) return "yesterday";
        if (days < 14) return $"{days} days ago";
        if (days < 60) return $"{days / 7} weeks ago";
        var months = (today.Year - then.Year) * 12 + today.Month - then.Month - (today.Day < then.Day ? 1 : 0);
        if (months < 24) return $"{Math.Max(months, 2)} months ago";
        return $"{months / 12} years ago";
    }

    public static string FirstName(string name) => name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;

    /// <summary>"Jamal couldn't relocate in May. Has that changed?" or, when the blocker can't be put in the past tense, a quote.</summary>
    public static string BlockerQuestion(string name, string blocker, DateOnly loggedOn, DateOnly today)
    {
        var when = loggedOn.Year == today.Year
            ? loggedOn.ToString("MMMM", CultureInfo.InvariantCulture)
            : loggedOn.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var first = FirstName(name);
        return PastTense(blocker) is { } past
            ? $"{first} {past} in {when}. Has that changed?"
            : $"In {when} the blocker for {first} was \"{blocker.Trim()}\". Has that changed?";
    }

    /// <summary>Only whole, known verb phrases are rewritten ("can't relocate" → "couldn't relocate"); anything else is quoted.</summary>
    public static string? PastTense(string blocker)
    {
        var b = blocker.Trim().TrimEnd('.');
        var m = Rewritable().Match(b);
        if (!m.Success) return null;
        var verb = m.Groups["v"].Value.ToLowerInvariant().Replace('’', '\'');
        var past = verb switch
        {
            "can't" or "cant" or "cannot" => "couldn't",
            "won't" or "wont" => "wouldn't",
            "unable to" => "was unable to",
            "not willing to" => "wasn't willing to",
            "doesn't want to" or "doesnt want to" or "didn't want to" or "didnt want to" => "didn't want to",
            "wants" or "want" => "wanted",
            "needs" or "need" => "needed",
            "not ready to" => "wasn't ready to",
            _ => null,
        };
        return past is null ? null : $"{past} {m.Groups["rest"].Value.Trim()}";
    }

    /// <summary>A short, personal check-in for the recruiter to send, made only of stored facts.</summary>
    public static string CheckIn(CheckInFacts f, DateOnly today)
    {
        var first = FirstName(f.Name);
        var lines = new List<string> { $"Hi {first}," };
        var since = f.LastTouchOn is { } on ? AgoPhrase(on, today) : null;
        lines.Add((f.Role, since) switch
        {
            ({ } role, { } s) => $"I hope you're well. It's been {s} since we last spoke about the {role} role, and I wanted to check in.",
            ({ } role, null) => $"I hope you're well. I wanted to follow up on the {role} role we talked about.",
            (null, { } s) => $"I hope you're well. It's been {s} since we last spoke, and I wanted to check in.",
            _ => "I hope you're well. I wanted to check in.",
        });
        if (f.Blocker is { } blocker && f.BlockerLoggedOn is { } bOn)
        {
            var when = bOn.ToString("MMMM", CultureInfo.InvariantCulture);
            lines.Add(PastTense(blocker) is { } past
                ? $"When we last talked in {when}, you {past}. Has anything changed on that front?"
                : $"When we last talked in {when}, you mentioned \"{blocker.Trim()}\". Has anything changed on that front?");
        }
        lines.Add("Would you be open to a quick catch-up?");
        lines.Add(f.RecruiterName is { Length: > 0 } me ? $"Best,\n{me}" : "Best,");
        return string.Join("\n", lines);
    }

    private static string AgoPhrase(DateOnly then, DateOnly today)
    {
        var ago = Ago(then, today);
        return ago switch
        {
            "today" or "yesterday" => "a day",
            _ => ago.Replace(" ago", "", StringComparison.Ordinal).Replace("1 weeks", "a week", StringComparison.Ordinal),
        };
    }

    [GeneratedRegex(@"^(?<v>can'?t|can’t|cannot|won'?t|won’t|unable\s+to|not\s+willing\s+to|doesn'?t\s+want\s+to|didn'?t\s+want\s+to|wants?|needs?|not\s+ready\s+to)\s+(?<rest>[\p{L} -]{2,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rewritable();
}
