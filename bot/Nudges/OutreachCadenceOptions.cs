namespace RecruitBot.Nudges;

/// <summary>
/// The next contact after a recruiter reached out, by the candidate's response (<c>Nudges:Outreach</c>). Null means
/// no further follow-up. "Knows someone" keeps the cadence policy's date for the last outcome.
/// </summary>
public sealed class OutreachCadenceOptions
{
    public int? InterestedDays { get; set; } = 14;
    public int? MaybeLaterDays { get; set; } = 90;
    public int? NotInterestedMonths { get; set; } = 12;
    public int? WrongFitDays { get; set; }

    /// <summary>When the last outcome gives the policy no date, "knows someone" checks back after this.</summary>
    public int? KnowsSomeoneFallbackDays { get; set; } = 90;

    public IEnumerable<string> Validate()
    {
        foreach (var (name, v, max) in new[]
        {
            (nameof(InterestedDays), InterestedDays, 3650), (nameof(MaybeLaterDays), MaybeLaterDays, 3650),
            (nameof(NotInterestedMonths), NotInterestedMonths, 120), (nameof(WrongFitDays), WrongFitDays, 3650),
            (nameof(KnowsSomeoneFallbackDays), KnowsSomeoneFallbackDays, 3650),
        })
        {
            if (v is < 1 || v > max) yield return $"Nudges:Outreach:{name} must be between 1 and {max}, or empty for none.";
        }
    }
}
