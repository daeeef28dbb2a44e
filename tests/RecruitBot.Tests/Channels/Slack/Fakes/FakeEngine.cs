using System.Collections.Concurrent;
using RecruitBot.Conversation;

namespace RecruitBot.Tests.Channels.Slack.Fakes;

/// <summary>
/// Stand-in for the conversation engine with just enough behaviour for the adapter's flows: an interview note yields
/// an outcome-confirm card, Confirm/Save store it, Edit yields the outcome-edit form, "who is due" a due list.
/// </summary>
public sealed class FakeEngine : IConversationEngine
{
    public ConcurrentQueue<IncomingMessage> Turns { get; } = new();
    public ConcurrentQueue<string> Stored { get; } = new();
    private readonly ConcurrentDictionary<string, bool> _done = new();

    public Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        Turns.Enqueue(message);
        if (message.Action is { } action)
        {
            var dialog = action.Get("dialogId") ?? "";
            switch (action.Verb)
            {
                case "outcome.confirm" or "outcome.save":
                    if (!_done.TryAdd(dialog, true)) return Task.FromResult(TurnResult.Say(new TextReply("Already logged.")));
                    Stored.Enqueue($"{message.TenantId}/{dialog}/{action.Input("c0.name") ?? "Priya Shah"}");
                    var logged = new CardReply("outcome-logged", new Dictionary<string, object?> { ["title"] = "Logged" }, "Logged Priya Shah");
                    return Task.FromResult(action.Verb == "outcome.confirm" ? new TurnResult([], logged) : TurnResult.Say(logged));
                case "outcome.edit":
                    return Task.FromResult(new TurnResult([], EditCard(dialog)));
                default:
                    return Task.FromResult(TurnResult.Say(new TextReply("Unknown action")));
            }
        }
        var text = message.Text ?? "";
        if (text.Contains("Interviewed", StringComparison.Ordinal))
            return Task.FromResult(TurnResult.Say(Card("outcome-confirm", "d-" + Turns.Count, "Confirm outcome for Priya Shah")));
        if (text == "who is due")
            return Task.FromResult(TurnResult.Say(new CardReply("due-list", new Dictionary<string, object?>
            {
                ["title"] = "Due", ["emptyText"] = "Nobody is due.",
                ["items"] = new List<object?> { new Dictionary<string, object?> { ["candidateId"] = Guid.Empty.ToString(), ["name"] = "Priya Shah", ["role"] = "Data Engineer", ["nextContact"] = "2027-05-01", ["overdue"] = false } },
            }, "2 candidates due")));
        return Task.FromResult(TurnResult.Say(new TextReply("You said: " + text + " <ok>")));
    }

    /// <summary>The outcome-edit data contract from cards/README.md, one candidate.</summary>
    private static CardReply EditCard(string dialogId) => new("outcome-edit", new Dictionary<string, object?>
    {
        ["dialogId"] = dialogId,
        ["candidates"] = new List<object?>
        {
            new Dictionary<string, object?>
            {
                ["index"] = "0", ["name"] = "Priya Shah", ["role"] = "Senior Data Engineer", ["outcome"] = "rejected",
                ["reasonCategory"] = "skills", ["reasons"] = "weak on system design", ["blockers"] = "", ["nextContact"] = "2027-05-01",
            },
        },
        ["outcomeChoices"] = new List<object?> { Choice("hired"), Choice("rejected"), Choice("withdrew") },
        ["categoryChoices"] = new List<object?> { Choice("skills"), Choice("compensation") },
    }, "Edit the record, then Save.");

    private static Dictionary<string, object?> Choice(string v) => new() { ["value"] = v, ["title"] = v };

    private static CardReply Card(string template, string dialogId, string summary) =>
        new(template, new Dictionary<string, object?> { ["dialogId"] = dialogId }, summary);
}
