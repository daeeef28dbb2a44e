namespace RecruitBot.Nudges;

/// <summary>What applying a nudge action did: its summary, or that it had already been applied (with the first summary).</summary>
public sealed record ActionResult(string Summary, bool AlreadyDone, bool Missing = false)
{
    public static readonly ActionResult NotFound = new("I can't find that candidate any more.", false, true);
}
