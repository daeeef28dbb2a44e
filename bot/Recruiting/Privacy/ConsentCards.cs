using System.Globalization;
using RecruitBot.Conversation;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>Data for the consent-refresh card (contract in cards/README.md) and the words used for source and consent.</summary>
public static class ConsentCards
{
    public const string RefreshTemplate = "consent-refresh";
    public const string RenewVerb = "consent.renew";
    public const string LapseVerb = "consent.lapse";

    /// <param name="done">What was decided (the card then shows no buttons); null while the question is open.</param>
    public static CardReply Refresh(RetentionFacts f, DateOnly expiresOn, DateOnly today, string? done = null)
    {
        var days = expiresOn.DayNumber - today.DayNumber;
        var title = $"Renew {f.Name}'s consent?";
        return new CardReply(RefreshTemplate, new Dictionary<string, object?>
        {
            ["candidateId"] = f.Id.ToString(),
            ["name"] = f.Name,
            ["title"] = title,
            ["text"] = $"{f.Name} leaves the talent pool on {Day(expiresOn)} and their data is then erased, unless they agree to stay. " +
                "If they have, tap Consent renewed.",
            ["expires"] = days > 0 ? $"{Day(expiresOn)} (in {days} days)" : Day(expiresOn),
            ["expiresOn"] = expiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["lastContact"] = Day(DateOnly.FromDateTime(f.LastContactOrCreatedUtc)),
            ["source"] = SourceText(f.Source),
            ["consent"] = ConsentText(f.Consent, f.ConsentAtUtc, f.ConsentUntil),
            ["done"] = done ?? "",
        }, $"{f.Name} leaves the talent pool on {Day(expiresOn)} unless consent is renewed");
    }

    public static string SourceText(CandidateSource s) => s switch
    {
        CandidateSource.Applied => "applied",
        CandidateSource.Referred => "referred",
        CandidateSource.Sourced => "sourced",
        _ => "unknown",
    };

    public static string ConsentText(PoolConsent consent, DateTime? atUtc, DateOnly? until) => consent switch
    {
        PoolConsent.Given => "given" + (atUtc is { } a ? $" on {Day(DateOnly.FromDateTime(a))}" : "") + (until is { } u ? $", until {Day(u)}" : ""),
        PoolConsent.Refused => "refused" + (atUtc is { } r ? $" on {Day(DateOnly.FromDateTime(r))}" : ""),
        _ => "unknown",
    };

    public static string Day(DateOnly d) => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
