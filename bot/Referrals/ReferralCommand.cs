namespace RecruitBot.Referrals;

/// <summary>A short referral or opening instruction recognised in a message.</summary>
public abstract record ReferralCommand
{
    public sealed record MyReferrals : ReferralCommand;

    /// <summary>"Alex Kim agreed": the referred person agreed to be contacted.</summary>
    public sealed record ConsentGiven(string Name) : ReferralCommand;

    /// <summary>"mark Alex Kim contacted", "Alex Kim is interviewing".</summary>
    public sealed record SetStatus(string Name, ReferralStatus Status) : ReferralCommand;

    /// <summary>"stop updates for Alex Kim's referrer" (or resume them).</summary>
    public sealed record Updates(string Name, bool Enabled) : ReferralCommand;

    /// <summary>"new opening: Data Engineer II, needs Kafka"; a null title asks with the form.</summary>
    public sealed record NewOpening(string? Title, IReadOnlyList<string> Keywords) : ReferralCommand;

    /// <summary>"Sam's happy where he is but suggested Dana Lee for the SRE role": a past candidate refers someone.</summary>
    public sealed record Suggestion(string ReferrerName, string Rest) : ReferralCommand;
}
