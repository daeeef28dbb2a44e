using System.Text.Json.Nodes;

namespace RecruitBot.Tests.Channels.Slack.Fakes;

/// <summary>One recorded call to the fake Slack: method (or "response_url"), Authorization header (or hook path), body.</summary>
public sealed record SlackCall(string Method, string Auth, JsonObject Body);
