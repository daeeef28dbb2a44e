namespace RecruitBot.Tests.Fuzz;

/// <summary>One request to send: which route, the raw body, the content type, and whether it goes to Teams.</summary>
public sealed record FuzzCase(string Path, string Body, string ContentType, bool Teams, string Mutation);
