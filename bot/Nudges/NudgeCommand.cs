namespace RecruitBot.Nudges;

/// <summary>A typed nudge command: every card action has one, for the terminal and for people who prefer typing.</summary>
public abstract record NudgeCommand
{
    /// <summary>"contacted Dana Fox" (asks for the response) or "contacted Dana Fox: interested".</summary>
    public sealed record Contacted(string Name, OutreachResponse? Response) : NudgeCommand;

    /// <summary>"snooze Dana Fox 1 month", "snooze Dana Fox until March".</summary>
    public sealed record Snooze(string Name, string When) : NudgeCommand;

    /// <summary>"do not contact Dana Fox" (asks for the reason) or "do not contact Dana Fox: asked us not to".</summary>
    public sealed record DoNotContact(string Name, string? Reason) : NudgeCommand;

    public sealed record Draft(string Name) : NudgeCommand;

    /// <summary>"interviewing Priya Shah for QA Lead": an in-process record, started <see cref="DaysAgo"/> days ago.</summary>
    public sealed record Track(string Name, string? Role, string? Stage, int DaysAgo) : NudgeCommand;

    /// <summary>"digest", "digest off", "digest show names", "digest monday 9:00".</summary>
    public sealed record Digest(string Rest) : NudgeCommand;
}
