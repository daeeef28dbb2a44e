namespace RecruitBot.Understanding;

/// <summary>A short instruction recognised in a message, as opposed to an outcome to log.</summary>
public abstract record Command
{
    public sealed record Help : Command;
    public sealed record Undo : Command;
    public sealed record Cancel : Command;
    public sealed record Yes : Command;
    public sealed record No : Command;

    /// <summary>Candidates due in [From, To]; From null includes everything overdue.</summary>
    public sealed record Due(DateOnly? From, DateOnly To, string Label) : Command;

    public sealed record Show(string Name) : Command;

    /// <summary>"role: QA Lead", "#2 outcome to rejected": changes a field of a pending record (Index is 1-based).</summary>
    public sealed record Edit(int? Index, string Field, string Value) : Command;
}
