using System.Globalization;
using RecruitBot.Conversation;
using RecruitBot.Recruiting;

namespace RecruitBot.Referrals;

/// <summary>Builds the data of the referral cards (contracts in cards/README.md) and the words sent to referrers.</summary>
public static class ReferralViews
{
    public static string Of(ReferralConsent c) => c switch
    {
        ReferralConsent.Yes => "yes",
        ReferralConsent.No => "no",
        _ => "not yet",
    };

    public static string Of(ReferralStatus s) => s switch
    {
        ReferralStatus.Received => "received",
        ReferralStatus.Contacted => "contacted",
        ReferralStatus.Interviewing => "interviewing",
        ReferralStatus.Hired => "hired",
        ReferralStatus.NotSelected => "not selected",
        ReferralStatus.OnHold => "on hold",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static CardReply Confirm(Guid dialogId, ReferralDraft d, string? match) => new("referral-confirm", Map(
        ("dialogId", dialogId.ToString()),
        ("title", $"Refer {d.Name}?"),
        ("name", d.Name),
        ("contact", d.HasContact ? d.Contact : "not given"),
        ("role", d.Role ?? ""),
        ("relationship", d.Relationship),
        ("why", d.Why),
        ("consent", d.Consent is { } c ? Of(c) : ""),
        ("suggestedBy", d.ReferrerCandidateName is { } s ? $"{s} (past candidate)" : ""),
        ("match", match ?? "new candidate"),
        ("note", "Reply yes to save, edit to change something (e.g. role: Backend Engineer), or cancel." +
            (d.Consent == ReferralConsent.Yes ? "" : $" Nobody will contact {d.FirstName} until they agree to be referred."))),
        $"Refer {d.Name}{(d.Role is null ? "" : $" for {d.Role}")}? {d.Relationship}; {d.Why}");

    public static CardReply Form(Guid dialogId, ReferralDraft d) => new("referral-form", Map(
        ("dialogId", dialogId.ToString()),
        ("title", d.ReferrerCandidateName is { } s ? $"Who did {s} suggest?" : "Refer someone"),
        ("intro", "Tell me who they are and why they'd be a good fit. I'll ask before anyone contacts them."),
        ("name", d.Name ?? ""),
        ("contact", d.Contact),
        ("role", d.Role ?? ""),
        ("relationship", d.Relationship ?? ""),
        ("why", d.Why ?? ""),
        ("consent", d.Consent is { } c ? Of(c) : ""),
        ("consentChoices", Enum.GetValues<ReferralConsent>().Select(x => Map(("value", Of(x)), ("title", Of(x)))).ToList())),
        "Refer someone: name, contact, role, relationship, why, consent.");

    public static CardReply Received(Referral r, string candidateName, string? note) => new("referral-received", Map(
        ("title", $"New referral: {candidateName}"),
        ("text", $"{r.ReferrerName} referred {candidateName}{(r.RoleTitle is null ? "" : $" for {r.RoleTitle}")}."),
        ("facts", Facts(
            ("Role", r.RoleTitle), ("Referred by", r.ReferrerName), ("Relationship", r.Relationship), ("Why", r.Why),
            ("Agreed to be referred", Of(r.Consent)))),
        ("note", note ?? (r.Consent == ReferralConsent.Yes ? "" : "Please don't contact them until they've agreed to be referred.")),
        ("candidateId", r.CandidateId.ToString()),
        ("referralId", r.Id.ToString()),
        ("needsConsent", r.Consent != ReferralConsent.Yes)),
        $"New referral: {candidateName}{(r.RoleTitle is null ? "" : $" for {r.RoleTitle}")}, from {r.ReferrerName}");

    /// <summary>The referrer's update: kind words only, never the reasons behind an outcome.</summary>
    public static CardReply Update(string name, string? role, ReferralStatus status)
    {
        var forRole = role is null ? "" : $" for {role}";
        var text = status switch
        {
            ReferralStatus.Contacted => $"We've reached out to {name}{forRole}. Thanks again for the referral!",
            ReferralStatus.Interviewing => $"{name} is now interviewing with us{forRole}. Thanks for sending them our way!",
            ReferralStatus.Hired => $"{name} has been hired{forRole}! 🎉 Thank you so much for the referral.",
            ReferralStatus.NotSelected => $"We won't be moving forward with {name}{forRole} this time. Thank you for thinking of us — we'll keep them in mind for future roles.",
            ReferralStatus.OnHold => $"{name}'s process{forRole} is on hold for now. We'll let you know when it moves again.",
            _ => $"We've received your referral of {name}{forRole}.",
        };
        return new("referral-update", Map(
            ("title", $"Update on your referral: {name}"),
            ("text", text),
            ("note", "Say \"my referrals\" to see all of yours.")),
            text);
    }

    public static CardReply List(IReadOnlyList<(Referral Referral, string Name)> items) => new("referral-list", Map(
        ("title", "Your referrals"),
        ("emptyText", "You haven't referred anyone yet. Say \"refer\" to start."),
        ("items", items.Select(x => Map(
            ("referralId", x.Referral.Id.ToString()),
            ("name", x.Name),
            ("role", x.Referral.RoleTitle ?? ""),
            ("status", Of(x.Referral.Status)),
            ("consent", Of(x.Referral.Consent)),
            ("referredOn", x.Referral.CreatedAtUtc.ToString("d MMM yyyy", CultureInfo.InvariantCulture)),
            ("updates", x.Referral.UpdatesEnabled ? "" : "paused by the recruiter"),
            ("needsConsent", x.Referral.Consent != ReferralConsent.Yes))).ToList())),
        items.Count == 0 ? "Your referrals: none yet." : "Your referrals: " + string.Join(", ", items.Select(x => $"{x.Name} ({Of(x.Referral.Status)})")));

    public static CardReply OpeningForm(string? title = null) => new("opening-form", Map(("title", title ?? ""), ("keywords", "")),
        "New opening: give the role title and I'll shortlist past candidates.");

    internal static IReadOnlyDictionary<string, object?> Map(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static List<IReadOnlyDictionary<string, object?>> Facts(params (string Title, string? Value)[] facts) =>
        facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => Map(("title", f.Title), ("value", f.Value))).ToList();
}
