namespace RecruitBot.Recruiting.Privacy;

/// <summary>What a retention run did.</summary>
public sealed record RetentionReport(int Erased, int RefreshAsked, int MessagesPurged = 0)
{
    public static RetentionReport operator +(RetentionReport a, RetentionReport b) =>
        new(a.Erased + b.Erased, a.RefreshAsked + b.RefreshAsked, a.MessagesPurged + b.MessagesPurged);
}
