namespace RecruitBot.Conversation;

/// <summary>Conversation limits, bound from <c>Conversation</c>.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>How long an unconfirmed record waits for Confirm before its card expires.</summary>
    public TimeSpan DialogTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a finished dialog's result is kept, so a repeated button press gets the same answer.</summary>
    public TimeSpan CompletedDialogRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Longest message read, in characters; longer ones are refused with a clear reply.</summary>
    public int MaxMessageLength { get; set; } = 8000;

    public IEnumerable<string> Validate()
    {
        if (DialogTtl <= TimeSpan.Zero) yield return "Conversation:DialogTtl must be positive.";
        if (CompletedDialogRetention < TimeSpan.Zero) yield return "Conversation:CompletedDialogRetention must not be negative.";
        if (MaxMessageLength is < 100 or > 100_000) yield return "Conversation:MaxMessageLength must be between 100 and 100000.";
    }
}
