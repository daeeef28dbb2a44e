using System.Globalization;
using RecruitBot.Recruiting;
using RecruitBot.Understanding;

namespace RecruitBot.Conversation;

/// <summary>
/// Applies a user's correction to one field of a draft, from a typed "role: QA Lead" or from the edit form.
/// Returns an error sentence when the value can't be used, and leaves the draft unchanged in that case.
/// </summary>
public sealed class DraftEditor(IDateRecognizer dates)
{
    public string? Apply(OutcomeDraft d, string field, string value, DateTime referenceLocal)
    {
        var v = value.Trim();
        var none = v.Length == 0 || v.Equals("none", StringComparison.OrdinalIgnoreCase) || v == "-";
        switch (field)
        {
            case "name":
                if (none || !InputGuard.LooksLikeName(v)) return $"\"{v}\" doesn't look like a name. Try e.g. name: Priya Shah";
                d.Name = InputGuard.TitleCase(v);
                d.CandidateId = null;
                d.MatchSettled = false;
                d.MatchNote = null;
                return null;
            case "role":
                d.Role = none ? null : v;
                return null;
            case "outcome":
                if (ParseOutcome(v) is not { } o) return $"\"{v}\" isn't an outcome I know. Use one of: {string.Join(", ", DomainNames.Outcomes.Select(DomainNames.Of))}.";
                d.Outcome = o;
                return null;
            case "reason":
                d.ReasonText = none ? null : v;
                return null;
            case "category":
                if (none) { d.Category = null; return null; }
                if (ParseCategory(v) is not { } c) return $"\"{v}\" isn't a reason category. Use one of: {string.Join(", ", DomainNames.Categories.Select(DomainNames.Of))}.";
                d.Category = c;
                return null;
            case "blocker":
                d.Blockers = none ? [] : v.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                return null;
            case "feedback":
                d.Feedback = none ? null : v;
                return null;
            case "email":
                if (!none && (!v.Contains('@') || v.Contains(' '))) return $"\"{v}\" doesn't look like an email address.";
                d.Email = none ? null : v;
                return null;
            case "phone":
                d.Phone = none ? null : v;
                return null;
            case "next contact":
                return SetNextContact(d, v, none, referenceLocal);
            default:
                return $"I can't change \"{field}\". I can change: {string.Join(", ", CommandRecognizer.EditableFields)}.";
        }
    }

    private string? SetNextContact(OutcomeDraft d, string v, bool none, DateTime referenceLocal)
    {
        if (none || v.Contains("no follow", StringComparison.OrdinalIgnoreCase) || v.Equals("never", StringComparison.OrdinalIgnoreCase))
        {
            d.ExplicitDate = null;
            d.ExplicitPhrase = null;
            d.NoFollowUp = true;
            return null;
        }
        var today = DateOnly.FromDateTime(referenceLocal);
        DateOnly? date = DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)
            ? exact
            : dates.Recognize(v, referenceLocal).Select(e => ReminderDate.From(e, today)).FirstOrDefault(x => x is not null);
        if (date is not { } when) return $"I couldn't read \"{v}\" as a date. Try 2026-03-01, \"in 3 months\" or \"next spring\".";
        if (when < today) return $"{CardViews.Day(when)} is in the past. Pick a date from today on.";
        d.ExplicitDate = when;
        d.ExplicitPhrase = v;
        d.NoFollowUp = false;
        return null;
    }

    public static Outcome? ParseOutcome(string text)
    {
        var t = new string(text.ToLowerInvariant().Where(c => char.IsLetter(c) || c == ' ').ToArray()).Trim();
        if (DomainNames.TryParseOutcome(text, out var exact)) return exact;
        return t switch
        {
            "hire" or "hired" or "offer accepted" or "accepted" => Outcome.Hired,
            "reject" or "rejected" or "no hire" or "no" or "pass" or "passed" => Outcome.Rejected,
            "runner up" or "runnerup" or "runner" or "second" or "silver medalist" => Outcome.RunnerUp,
            "withdrew" or "withdrawn" or "withdraw" or "pulled out" => Outcome.Withdrew,
            "declined offer" or "declined" or "declined the offer" or "offer declined" => Outcome.DeclinedOffer,
            "on hold" or "hold" or "onhold" or "paused" => Outcome.OnHold,
            _ => null,
        };
    }

    public static ReasonCategory? ParseCategory(string text)
    {
        if (DomainNames.TryParseCategory(text, out var exact)) return exact;
        var t = text.ToLowerInvariant();
        if (t.Contains("skill")) return ReasonCategory.SkillsGap;
        if (t.Contains("experience") || t.Contains("senior") || t.Contains("junior")) return ReasonCategory.ExperienceLevel;
        if (t.Contains("comp") || t.Contains("salary") || t.Contains("pay")) return ReasonCategory.Compensation;
        if (t.Contains("locat") || t.Contains("relocat") || t.Contains("remote")) return ReasonCategory.Location;
        if (t.Contains("tim")) return ReasonCategory.Timing;
        if (t.Contains("fit") || t.Contains("culture") || t.Contains("team")) return ReasonCategory.CultureFit;
        if (t.Contains("other")) return ReasonCategory.Other;
        return null;
    }
}
