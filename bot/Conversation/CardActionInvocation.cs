namespace RecruitBot.Conversation;

/// <summary>
/// A button pressed on one of our cards. <see cref="Verb"/> and <see cref="Data"/> are exactly what the
/// card template put on the action; <see cref="Inputs"/> are the values of the card's input fields
/// (input id → value) when the action submits a form. Channels translate their wire shape into this.
/// </summary>
public sealed record CardActionInvocation(
    string Verb,
    IReadOnlyDictionary<string, string> Data,
    IReadOnlyDictionary<string, string> Inputs)
{
    public string? Get(string key) => Data.TryGetValue(key, out var v) ? v : null;

    public string? Input(string id) => Inputs.TryGetValue(id, out var v) ? v : null;
}
