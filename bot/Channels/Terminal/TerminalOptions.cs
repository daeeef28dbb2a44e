namespace RecruitBot.Channels.Terminal;

/// <summary>The terminal user, bound from <c>Terminal</c>. The terminal is always the tenant "local".</summary>
public sealed class TerminalOptions
{
    public const string Section = "Terminal";
    public const string Tenant = "local";

    /// <summary>IANA time zone id of the person at the keyboard; empty means the machine's zone.</summary>
    public string? TimeZone { get; set; }

    public string UserId { get; set; } = Environment.UserName is { Length: > 0 } u ? u : "local-user";
    public string? UserName { get; set; }
    public string ConversationId { get; set; } = "terminal";
}
