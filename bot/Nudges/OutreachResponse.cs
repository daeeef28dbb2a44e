namespace RecruitBot.Nudges;

/// <summary>How a past candidate answered when the recruiter reached out.</summary>
public enum OutreachResponse
{
    Interested,
    MaybeLater,
    NotInterested,
    KnowsSomeone,
    WrongFit,
}
