using RecruitBot.Recruiting;
using RecruitBot.Understanding.Outcomes;

namespace RecruitBot.Understanding;

/// <summary>
/// Reads candidate outcomes from a hiring manager's message. It never guesses: no name gives a null Name,
/// no outcome word gives a null Outcome, and only a date with a follow-up cue becomes a FollowUp.
/// </summary>
public sealed class OutcomeRecognizer : IOutcomeRecognizer
{
    private const int MaxLength = 200_000;
    private readonly IDateRecognizer _dates;

    public OutcomeRecognizer()
        : this(new DateRecognizer())
    {
    }

    public OutcomeRecognizer(IDateRecognizer dates) => _dates = dates;

    public OutcomeParse Recognize(string text, DateTime referenceLocal)
    {
        if (string.IsNullOrWhiteSpace(text)) return OutcomeParse.Empty;
        IReadOnlyList<DateEntity> dates = [];
        try
        {
            dates = _dates.Recognize(text, referenceLocal);
            var input = text.Length > MaxLength ? text[..MaxLength] : text;
            return new OutcomeParse(Read(input, DateOnly.FromDateTime(referenceLocal), dates), dates);
        }
        catch (Exception)
        {
            // A reading bug must cost the candidates, not the turn; the conversation then asks.
            return new OutcomeParse([], dates);
        }
    }

    private static List<CandidateMention> Read(string text, DateOnly reference, IReadOnlyList<DateEntity> dates)
    {
        var outcomes = OutcomeLexicon.FindAll(text);
        var (contactSpans, contact) = Signals.Contacts(text, dates);
        var blocked = new List<(int Start, int End)>(contactSpans);
        blocked.AddRange(dates.Select(d => (d.Start, d.End + 1)));
        var names = NameFinder.Find(text, blocked, outcomes);
        var people = Segmenter.Split(text, names);
        if (people.Count == 0)
        {
            if (outcomes.Count == 0) return [];
            var anonymous = new PersonSegments(new NameSpan(0, 0, ""));
            anonymous.Ranges.Add((0, text.Length));
            return [Build(text, reference, dates, outcomes, anonymous, names, contact, null) with { Name = null }];
        }
        var preamble = names.Count > 0 ? RoleFinder.Find(text, 0, names[0].Start, names) : null;
        var result = new List<CandidateMention>();
        foreach (var p in people)
        {
            result.Add(Build(text, reference, dates, outcomes, p, names, contact, preamble?.Role));
        }
        ShareWithNext(text, people, result);
        return result;
    }

    private static CandidateMention Build(
        string text, DateOnly reference, IReadOnlyList<DateEntity> dates, List<OutcomeHit> outcomes,
        PersonSegments person, List<NameSpan> names, ContactDetails contact, string? sharedRole)
    {
        bool Inside(int start, int end) => person.Ranges.Any(r => start >= r.Start && end <= r.End);
        var hit = outcomes.FirstOrDefault(o => Inside(o.Start, o.Start + o.Length));
        Outcome? outcome = hit.Phrase is null ? null : hit.Outcome;
        var segmentText = string.Join(" ", person.Ranges.Select(r => text[r.Start..r.End]));
        if (outcome == Outcome.RunnerUp && OutcomeLexicon.IsSomeoneElse(hit.Phrase!) && !OutcomeLexicon.HasPositiveSignal(segmentText))
        {
            outcome = Outcome.Rejected;
        }
        string? role = null;
        foreach (var (s, e) in person.Ranges)
        {
            role ??= RoleFinder.Find(text, s, e, names)?.Role;
        }
        role ??= sharedRole;

        var noFollowUp = person.Ranges.Any(r => Signals.NoFollowUpIn(text, r.Start, r.End) is not null);
        var doNotContact = person.Ranges.Any(r => Signals.DoNotContactIn(text, r.Start, r.End) is not null);
        FollowUp? followUp = null;
        if (!noFollowUp && !doNotContact)
        {
            var entity = dates.FirstOrDefault(d => Inside(d.Start, d.End + 1) && Signals.IsFollowUp(text, d));
            if (entity is not null && Reminder.DateOf(entity, reference) is { } when)
            {
                followUp = new FollowUp(entity.Text, when, entity);
            }
        }
        bool IsNoise(int start, int end) =>
            followUp is not null && start <= followUp.Entity.End && followUp.Entity.Start < end;
        var reason = ReasonReader.ReasonText(text, person.Ranges, IsNoise);
        var personContact = person.Name.Display.Length == 0 ? contact
            : Signals.ContactsWithin(contact, text, person.Ranges.Min(r => r.Start), person.Ranges.Max(r => r.End));
        return new CandidateMention
        {
            Name = person.Name.Display,
            Role = role,
            Outcome = outcome,
            ReasonText = reason,
            ReasonCategory = ReasonReader.Category(reason),
            Blockers = ReasonReader.Blockers(segmentText),
            Feedback = ReasonReader.FeedbackIn(segmentText),
            FollowUp = followUp,
            NoFollowUp = noFollowUp || doNotContact,
            DoNotContact = doNotContact,
            Contact = personContact,
        };
    }

    /// <summary>"Priya Shah and Tom Lee both rejected": a person whose own text is only a connector shares the next one's reading.</summary>
    private static void ShareWithNext(string text, List<PersonSegments> people, List<CandidateMention> result)
    {
        for (var i = result.Count - 2; i >= 0; i--)
        {
            var (start, end) = people[i].Ranges[0];
            var own = text[start..end].Replace(people[i].Name.Display, "", StringComparison.OrdinalIgnoreCase);
            var rest = own.Trim().Trim(',', '&', '+', '/').Trim();
            if (rest.Length > 0 && !rest.Equals("and", StringComparison.OrdinalIgnoreCase)
                && !rest.EndsWith(" and", StringComparison.OrdinalIgnoreCase)) continue;
            var next = result[i + 1];
            if (result[i].Outcome is not null || people[i].Ranges.Count != 1)
            {
                // Named together ("May Robinson and April Chen for Data Scientist"), they share the role at least.
                result[i] = result[i] with { Role = result[i].Role ?? next.Role };
                continue;
            }
            result[i] = result[i] with
            {
                Outcome = next.Outcome,
                Role = result[i].Role ?? next.Role,
                ReasonText = result[i].ReasonText ?? next.ReasonText,
                ReasonCategory = result[i].ReasonCategory ?? next.ReasonCategory,
                FollowUp = result[i].FollowUp ?? next.FollowUp,
                NoFollowUp = result[i].NoFollowUp || next.NoFollowUp,
                DoNotContact = result[i].DoNotContact || next.DoNotContact,
            };
        }
    }
}
