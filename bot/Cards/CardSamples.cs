using RecruitBot.Conversation;
using RecruitBot.Recruiting;

namespace RecruitBot.Cards;

/// <summary>
/// Realistic data for every template, including edge cases (long text, emoji, markup characters, empty
/// lists, bad dates). Used by <c>cards export</c>, the validators in CI and the tests.
/// </summary>
public static class CardSamples
{
    private const string DialogId = "dlg-7f3a2c";

    public static IReadOnlyList<CardSample> All { get; } = Build();

    public static IEnumerable<CardSample> For(string template) => All.Where(s => s.Reply.Template == template);

    private static List<CardSample> Build() => new()
    {
        Sample("help", "default", "How to use RecruitBot", D(
            ("intro", "Tell me how an interview went in your own words and I'll keep track of who to call back, and when."),
            ("examples", L(
                D(("text", "Interviewed Priya Shah for Senior Data Engineer, strong SQL, weak on system design, we went with someone else. Worth another look in 6 months")),
                D(("text", "Who is due for a call this month?")),
                D(("text", "Show Priya Shah")))),
            ("commands", L(
                D(("command", "due"), ("description", "Past candidates due for contact")),
                D(("command", "show <name>"), ("description", "A candidate's timeline")),
                D(("command", "help"), ("description", "This message")))))),

        Sample("outcome-confirm", "default", "Log Priya Shah as runner-up?", D(
            ("dialogId", DialogId),
            ("title", "Log this outcome?"),
            ("candidates", L(Priya())))),
        Sample("outcome-confirm", "two", "Log 2 outcomes?", D(
            ("dialogId", DialogId),
            ("title", "Log these 2 outcomes?"),
            ("note", "I couldn't tell why Marcus withdrew; you can add it with Edit."),
            ("candidates", L(Priya(), D(
                ("index", "2"), ("name", "Marcus O'Neil"), ("role", "Senior Data Engineer"), ("outcome", "withdrew"),
                ("nextContact", "2027-01-15"), ("nextContactWhy", "withdrew: check in after 6 months")))))),
        Sample("outcome-confirm", "edge", "Log 李小龍 🚀 as rejected?", D(
            ("dialogId", DialogId),
            ("title", "Log this outcome? <b>&amp;</b> **not bold**"),
            ("candidates", L(D(
                ("index", "1"), ("name", "李小龍 🚀 <script>alert(1)</script>"), ("role", "R&D Lead <Platform> *core* _team_"),
                ("outcome", "rejected"), ("reasonCategory", "compensation"),
                ("reasons", string.Join(" ", Enumerable.Repeat("Asked for 30% above band & wanted a signing bonus > 20k.", 80))),
                ("blockers", "- not a list\n1. not numbered\n[link](http://example.com) {{DATE(2017-02-14T06:08:39Z, SHORT)}}"),
                ("feedback", null), ("contact", "li@example.com"), ("match", true)))))),

        Sample("outcome-edit", "default", "Edit the outcome for Priya Shah", D(
            ("dialogId", DialogId),
            ("candidates", L(Priya())),
            ("outcomeChoices", OutcomeChoices()),
            ("categoryChoices", CategoryChoices()))),
        Sample("outcome-edit", "sparse", "Edit the outcome", D(
            ("dialogId", DialogId),
            ("candidates", L(
                D(("index", "1"), ("name", "Sam Lee"), ("outcome", "maybe?"), ("nextContact", "next spring")),
                D(("index", "2"), ("name", "Dana <Dee> & Co"), ("reasons", "Line one\nLine two"), ("nextContact", "2027-03-01")))),
            ("outcomeChoices", OutcomeChoices()),
            ("categoryChoices", CategoryChoices()))),

        Sample("outcome-logged", "default", "Logged Priya Shah as runner-up", D(
            ("title", "Logged"),
            ("lines", L(
                D(("text", "Priya Shah: runner-up for Senior Data Engineer (skills gap)")),
                D(("text", "I'll remind you to get back in touch on 2027-05-21")))),
            ("note", "Say \"undo\" within 10 minutes to take it back."))),

        Sample("choose-candidate", "default", "Which Priya Shah did you mean?", D(
            ("dialogId", DialogId),
            ("question", "Which Priya Shah did you mean?"),
            ("options", L(
                D(("candidateId", "cand-101"), ("label", "Priya Shah"), ("detail", "Senior Data Engineer · runner-up 2026-11-21")),
                D(("candidateId", "cand-245"), ("label", "Priya Shah"), ("detail", "Product Designer · withdrew 2025-06-02")))))),

        Sample("due-list", "default", "3 candidates are due for contact", D(
            ("title", "Due for contact"),
            ("emptyText", "Nobody is due right now."),
            ("items", L(
                Due(1, "Priya Shah", "Senior Data Engineer", "runner-up", "skills gap", "weak on system design", "2027-05-21", false),
                Due(2, "Marcus O'Neil", "Senior Data Engineer", "withdrew", "timing", "", "2026-11-01", true),
                Due(3, "Ana García 🌟", "QA <Automation> & Tooling", "declined-offer", "compensation", "wants > 120k", "2026-11-30", false))))),
        Sample("due-list", "empty", "Nobody is due for contact", D(
            ("title", "Due for contact"),
            ("emptyText", "Nobody is due right now. 🎉"),
            ("items", L()))),
        Sample("due-list", "many", "40 candidates are due for contact", D(
            ("title", "Due for contact"),
            ("emptyText", "Nobody is due right now."),
            ("items", Enumerable.Range(1, 40)
                .Select(i => (object?)Due(i, $"Candidate {i}", "Backend Engineer", "runner-up", "timing", "", "2026-12-01", i % 3 == 0))
                .ToList()))),

        Sample("timeline", "default", "Priya Shah: 2 interviews", D(
            ("candidateId", "cand-101"),
            ("name", "Priya Shah"),
            ("summary", "Runner-up twice; strong SQL, growing on system design."),
            ("facts", L(
                D(("title", "Email"), ("value", "priya.shah@example.com")),
                D(("title", "Next contact"), ("value", "2027-05-21")),
                D(("title", "Referred by"), ("value", null)))),
            ("entries", L(
                D(("date", "2025-10-03"), ("kind", "runner-up"), ("text", "Data Engineer: great SQL, little cloud experience")),
                D(("date", "2026-11-21"), ("kind", "runner-up"), ("text", "Senior Data Engineer: weak on system design")))))),

        Sample("notice", "default", "Saved", D(("title", "Saved"), ("text", "Priya Shah's outcome is saved."))),
        Sample("notice", "special", "Heads up", D(
            ("title", "Heads up: <b>&</b>"),
            ("text", "Couldn't read \"next *Q3*\" as a date & kept 2027-05-21 <unchanged>."))),

        // Referrals and rediscovery (bot/Referrals).
        Sample("referral-confirm", "default", "Refer Alex Kim for Backend Engineer?", D(
            ("dialogId", DialogId), ("title", "Refer Alex Kim?"), ("name", "Alex Kim"), ("contact", "alex.kim@example.com"),
            ("role", "Backend Engineer"), ("relationship", "we worked together at Contoso"), ("why", "great at distributed systems"),
            ("consent", "yes"), ("match", "new candidate"), ("note", "Reply yes to save, edit to change something, or cancel."))),
        Sample("referral-confirm", "suggested", "Refer Dana Lee for SRE?", D(
            ("dialogId", DialogId), ("title", "Refer Dana Lee? <b>&</b>"), ("name", "Dana Lee"), ("contact", "not given"),
            ("relationship", "suggested by Sam Ortiz, a past candidate"), ("why", string.Join(" ", Enumerable.Repeat("Sam says Dana ran on-call for 3 years & loves *Kubernetes* <really>.", 40))),
            ("consent", "not yet"), ("suggestedBy", "Sam Ortiz (past candidate)"), ("match", "already known: adds to Dana Lee's record"),
            ("note", "Nobody will contact Dana until they agree to be referred."))),
        Sample("referral-form", "default", "Refer someone", D(
            ("dialogId", DialogId), ("title", "Refer someone"), ("intro", "Tell me who they are and why they'd be a good fit."),
            ("name", "Alex Kim"), ("contact", ""), ("role", "Backend Engineer"), ("relationship", ""), ("why", ""), ("consent", "not yet"),
            ("consentChoices", L(Choice("yes"), Choice("no"), Choice("not yet"))))),
        Sample("referral-form", "empty", "Refer someone", D(
            ("dialogId", DialogId), ("title", "Who did Sam suggest?"), ("consent", "maybe?"),
            ("consentChoices", L(Choice("yes"), Choice("no"), Choice("not yet"))))),
        Sample("referral-received", "default", "New referral: Alex Kim for Backend Engineer, from Jo Park", D(
            ("title", "New referral: Alex Kim"), ("text", "Jo Park referred Alex Kim for Backend Engineer."),
            ("facts", L(
                D(("title", "Role"), ("value", "Backend Engineer")), D(("title", "Referred by"), ("value", "Jo Park")),
                D(("title", "Relationship"), ("value", "we worked together at Contoso")), D(("title", "Why"), ("value", "great at distributed systems")),
                D(("title", "Agreed to be referred"), ("value", "not yet")))),
            ("note", "Please don't contact them until they've agreed to be referred."),
            ("candidateId", "cand-301"), ("referralId", "ref-9c1"), ("needsConsent", true))),
        Sample("referral-received", "consented", "New referral: Ana García", D(
            ("title", "New referral: Ana García 🌟"), ("text", "Jo <Park> & co referred Ana García."),
            ("facts", L(D(("title", "Agreed to be referred"), ("value", "yes")))),
            ("candidateId", "cand-302"), ("referralId", "ref-9c2"), ("needsConsent", false))),
        Sample("referral-update", "default", "We won't be moving forward with Alex Kim for Backend Engineer this time.", D(
            ("title", "Update on your referral: Alex Kim"),
            ("text", "We won't be moving forward with Alex Kim for Backend Engineer this time. Thank you for thinking of us — we'll keep them in mind for future roles."),
            ("note", "Say \"my referrals\" to see all of yours."))),
        Sample("referral-list", "default", "Your referrals: Alex Kim (interviewing), Dana Lee (received)", D(
            ("title", "Your referrals"), ("emptyText", "You haven't referred anyone yet."),
            ("items", L(
                D(("referralId", "ref-9c1"), ("name", "Alex Kim"), ("role", "Backend Engineer"), ("status", "interviewing"), ("consent", "yes"),
                    ("referredOn", "18 Nov 2025"), ("updates", ""), ("needsConsent", false)),
                D(("referralId", "ref-9c2"), ("name", "Dana <Lee> & co"), ("role", ""), ("status", "received"), ("consent", "not yet"),
                    ("referredOn", "20 Nov 2025"), ("updates", "paused by the recruiter"), ("needsConsent", true)))))),
        Sample("referral-list", "empty", "Your referrals: none yet.", D(
            ("title", "Your referrals"), ("emptyText", "You haven't referred anyone yet. Say \"refer\" to start."), ("items", L()))),
        Sample("shortlist", "default", "Opening Data Engineer II: Priya Shah, Marcus O'Neil", D(
            ("openingId", "open-77"), ("title", "Past candidates for Data Engineer II"),
            ("intro", "Runner-ups first, then declined offers and withdrawals, for similar roles."),
            ("emptyText", "No past candidates fit yet."),
            ("items", L(
                D(("candidateId", "cand-101"), ("name", "Priya Shah"), ("why", "runner-up for Senior Data Engineer (same role family); mentioned SQL"),
                    ("lastOutcome", "runner-up, Senior Data Engineer, 21 Nov 2024"), ("lastContact", "never (email priya.shah@example.com)"),
                    ("blocker", "weak on system design"), ("consent", ""), ("canReachOut", true)),
                D(("candidateId", "cand-102"), ("name", "Marcus O'Neil"), ("why", "declined-offer for Data Platform Engineer (similar title)"),
                    ("lastOutcome", "declined-offer, Data Platform Engineer, 2 Mar 2025"), ("lastContact", "4 Apr 2025"),
                    ("blocker", "can't relocate"), ("consent", "referred; agreed: not yet"), ("canReachOut", false)))))),
        Sample("shortlist", "empty", "Opening Data Engineer II: no past candidates fit yet.", D(
            ("openingId", "open-78"), ("title", "Past candidates for Data Engineer II"), ("emptyText", "No past candidates fit yet."), ("items", L()))),
        Sample("shortlist", "many", "Opening Backend Engineer: 10 candidates", D(
            ("openingId", "open-79"), ("title", "Past candidates for Backend Engineer"),
            ("items", Enumerable.Range(1, 10).Select(i => (object?)D(
                ("candidateId", $"cand-{400 + i}"), ("name", $"Candidate {i}"), ("why", "runner-up for Backend Engineer (same role family)"),
                ("lastOutcome", "runner-up, Backend Engineer, 1 Oct 2025"), ("lastContact", "never"), ("canReachOut", i % 2 == 0))).ToList()))),
        Sample("opening-form", "default", "Record a new opening", D(("title", ""), ("keywords", ""))),
        Sample("nudge", "default", "3 past candidates are due for a check-in", D(
            ("nudgeId", "nudge-1"), ("title", "3 past candidates are due for a check-in"),
            ("intro", "Good candidates go quiet when nobody calls. Reach out, snooze, or mark them do-not-contact."),
            ("items", L(
                NudgeItem("cand-1", "Jamal Reed", "QA Lead", "declined-offer", "couldn't relocate", "6 months ago (outcome logged 20 May 2025)", "can't relocate",
                    "Jamal couldn't relocate in May. Has that changed?", main: true),
                NudgeItem("cand-2", "Ana García 🌟 <b>&</b>", "R&D <Platform>", "runner-up", "", "3 months ago (contacted 18 Aug 2025)", "", "", asking: true),
                NudgeItem("cand-3", "Tom Lee", "", "", "", "2 weeks ago (added 4 Nov 2025)", "", "", snoozing: true, done: "Snoozed until 2 Dec 2025."))),
            ("more", "…and 4 more. Say \"who is due\" to see everyone."))),
        Sample("nudge-snooze", "default", "Snooze Jamal Reed", D(("nonce", "n-1"), ("nudgeId", "nudge-1"), ("candidateId", "cand-1"), ("name", "Jamal Reed"), ("suggested", "2025-12-18"))),
        Sample("nudge-dnc", "default", "Never contact Jamal Reed again?", D(("nonce", "n-1"), ("nudgeId", ""), ("candidateId", "cand-1"), ("name", "Jamal Reed"))),
        Sample("outreach-response", "default", "How did Jamal Reed respond?", D(("nonce", "n-1"), ("nudgeId", ""), ("candidateId", "cand-1"), ("name", "Jamal Reed"))),
        Sample("draft-checkin", "default", "Check-in draft for Jamal Reed", D(("name", "Jamal Reed"), ("text",
            "Hi Jamal,\nI hope you're well. It's been 6 months since we last spoke about the QA Lead role, and I wanted to check in.\nWhen we last talked in May, you couldn't relocate. Has anything changed on that front?\nWould you be open to a quick catch-up?\nBest,\nDana"))),
        Sample("stale-decisions", "default", "3 candidates are waiting for a decision", D(
            ("nudgeId", "nudge-2"),
            ("title", "2 candidates are waiting for a decision"),
            ("intro", "No outcome has been logged for a while. Candidates left without news read silence as a no; one tap logs the decision."),
            ("items", L(
                D(("inProcessId", "ip-1"), ("name", "Priya Shah"), ("role", "QA Lead"), ("stage", "final round"), ("since", "10 Nov 2025 (8 days ago)"), ("main", true)),
                D(("inProcessId", "ip-3"), ("name", "Ana García"), ("role", "Data Engineer"), ("since", "9 Nov 2025 (9 days ago)"), ("more", true)),
                D(("inProcessId", "ip-2"), ("name", "Tom Lee"), ("role", "Backend Engineer"), ("since", "3 Nov 2025 (2 weeks ago)"), ("done", "outcome logged: rejected")))))),
        Sample("stale-track", "default", "Track Priya Shah as in process?", D(
            ("dialogId", DialogId), ("name", "Priya Shah"), ("role", "QA Lead"), ("stage", "final round"), ("since", "18 Nov 2025"), ("manager", "Dana Fox"),
            ("note", "New candidate. If no outcome is logged within 7 days I'll ask you for the decision. Reply yes to save, or cancel."))),
        Sample("digest", "private", "Weekly recruiting digest", D(
            ("title", "Weekly recruiting digest · week of 24 Nov 2025"), ("intro", "For #recruiting."),
            ("lines", L(
                D(("heading", "Due this week")), D(("text", "5 past candidates are due for a check-in this week.")), D(("text", "Dana Fox: 3 due (1 overdue)")),
                D(("heading", "Waiting for a decision")), D(("text", "Sam Hill: 1 without an outcome for over 7 days")),
                D(("heading", "Outcomes logged last week")), D(("text", "4 outcomes: 2 rejected, 1 runner-up, 1 hired.")))),
            ("footer", "Candidate names and reasons stay out of this channel; recruiters see them in their own nudges. Say \"digest show names\" to show names here."))),
        Sample("consent-refresh", "default", "Priya Shah leaves the talent pool on 1 Jun 2027 unless consent is renewed", D(
            ("candidateId", "cand-245"), ("name", "Priya Shah"),
            ("title", "Renew Priya Shah's consent?"),
            ("text", "Priya Shah leaves the talent pool on 1 Jun 2027 and their data is then erased, unless they agree to stay. If they have, tap Consent renewed."),
            ("expires", "1 Jun 2027 (in 30 days)"), ("expiresOn", "2027-06-01"), ("lastContact", "1 Jun 2025"),
            ("source", "sourced"), ("consent", "given on 1 Jun 2025, until 1 Jun 2027"), ("done", ""))),
        Sample("consent-refresh", "done", "Consent renewed for 李小龍 🚀 <b>&amp;</b>", D(
            ("candidateId", "cand-246"), ("name", "李小龍 🚀 <b>&amp;</b>"),
            ("title", "Renew 李小龍 🚀 <b>&amp;</b>'s consent?"),
            ("text", "李小龍 🚀 <b>&amp;</b> leaves the talent pool on 31 Dec 2026 and their data is then erased, unless they agree to stay. **not bold**"),
            ("expires", "31 Dec 2026"), ("expiresOn", "not-a-date"), ("lastContact", ""),
            ("source", "unknown"), ("consent", "unknown"), ("done", "Consent renewed until 31 Dec 2028 by you."))),
    };

    private static Dictionary<string, object?> Priya() => D(
        ("index", "1"), ("name", "Priya Shah"), ("role", "Senior Data Engineer"), ("outcome", "runner-up"),
        ("reasonCategory", "skills gap"), ("reasons", "Strong SQL; we went with someone else."),
        ("blockers", "Weak on system design"), ("feedback", "Great communicator, ask her about Kafka next time"),
        ("contact", "priya.shah@example.com"), ("nextContact", "2027-05-21"),
        ("nextContactWhy", "\"worth another look in 6 months\""), ("match", "New candidate"));

    private static Dictionary<string, object?> Due(
        int i, string name, string role, string outcome, string reason, string blocker, string next, bool overdue) => D(
        ("candidateId", $"cand-{100 + i}"), ("name", name), ("role", role), ("lastOutcome", outcome),
        ("reason", reason), ("blocker", blocker), ("nextContact", next), ("overdue", overdue));

    private static Dictionary<string, object?> NudgeItem(string id, string name, string role, string outcome, string reason, string lastContact,
        string blocker, string question, bool main = false, bool asking = false, bool snoozing = false, string? done = null) => D(
        ("candidateId", id), ("name", name), ("role", role), ("lastOutcome", outcome), ("reason", reason), ("lastContact", lastContact),
        ("blocker", blocker), ("blockerQuestion", question), ("nextContactWhy", "declined the offer: policy checks back after 6 months"),
        ("done", done), ("nonce", "nudge-1:" + id), ("main", main && done is null), ("asking", asking && done is null), ("snoozing", snoozing && done is null),
        ("prompt", asking ? "How did Ana respond?" : ""));

    private static List<object?> OutcomeChoices() =>
        DomainNames.Outcomes.Select(o => (object?)Choice(DomainNames.Of(o))).ToList();

    private static List<object?> CategoryChoices() =>
        DomainNames.Categories.Select(c => (object?)Choice(DomainNames.Of(c))).ToList();

    private static Dictionary<string, object?> Choice(string value) =>
        D(("value", value), ("title", char.ToUpperInvariant(value[0]) + value[1..]));

    private static CardSample Sample(string template, string name, string summary, Dictionary<string, object?> data) =>
        new(name, new CardReply(template, data, summary));

    private static Dictionary<string, object?> D(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);

    private static List<object?> L(params object?[] items) => items.ToList();
}
