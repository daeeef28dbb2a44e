using RecruitBot.Conversation;

namespace RecruitBot.Cards;

/// <summary>Sample data for one template; <see cref="Name"/> is "default" or a short edge-case name.</summary>
public sealed record CardSample(string Name, CardReply Reply)
{
    /// <summary>File stem used by <c>cards export</c>: the template, plus "-name" for non-default samples.</summary>
    public string FileStem => Name == "default" ? Reply.Template : $"{Reply.Template}-{Name}";
}
