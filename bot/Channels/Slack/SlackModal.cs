using System.Text.Json.Nodes;

namespace RecruitBot.Channels.Slack;

/// <summary>
/// A rendered modal: the view (type, title, submit, close, blocks) plus the card action its submit button stands
/// for, which Slack cannot carry on the submit button itself, so the adapter keeps it in private_metadata.
/// </summary>
public sealed record SlackModal(JsonObject View, string SubmitVerb, IReadOnlyDictionary<string, string> SubmitData);
