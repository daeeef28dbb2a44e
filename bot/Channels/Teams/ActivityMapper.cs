using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RecruitBot.Cards;
using RecruitBot.Channels.Teams.Storage;
using RecruitBot.Channels.Teams.Wire;
using RecruitBot.Conversation;

namespace RecruitBot.Channels.Teams;

/// <summary>Translates Teams activities into channel-free turns and conversation references. Pure.</summary>
public static partial class ActivityMapper
{
    public const string ChannelId = "msteams";

    /// <summary>The tenant from the authenticated envelope: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? TenantOf(Activity a) =>
        NullIfBlank(a.ChannelData?.Tenant?.Id) ?? NullIfBlank(a.Conversation?.TenantId);

    public static UserRef? UserOf(Activity a)
    {
        var id = NullIfBlank(a.From?.AadObjectId) ?? NullIfBlank(a.From?.Id);
        return id is null ? null : new UserRef(id, NullIfBlank(a.From?.Name));
    }

    public static string? TimeZoneOf(Activity a) =>
        NullIfBlank(a.LocalTimezone)
        ?? a.Entities?.Where(e => e?["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)e["type"] == "clientInfo")
            .Select(e => e["timezone"] is JsonValue v && v.TryGetValue<string>(out var tz) ? NullIfBlank(tz) : null)
            .FirstOrDefault(tz => tz is not null);

    public static DateTimeOffset TimestampOf(Activity a, DateTimeOffset now) => a.LocalTimestamp ?? a.Timestamp ?? now;

    /// <summary>Removes the bot's own @mention, keeps other mentions as plain names, decodes HTML entities.</summary>
    public static string CleanText(Activity a)
    {
        var text = a.Text ?? "";
        var botId = a.Recipient?.Id;
        foreach (var mention in a.Entities ?? [])
        {
            // Entities are free-form JSON: null entries and non-string values are skipped, never cast.
            if (mention?["type"] is not JsonValue type || !type.TryGetValue<string>(out var kind) || kind != "mention") continue;
            var mentionedId = (mention["mentioned"] as JsonObject)?["id"] as JsonValue;
            if (botId is null || mentionedId is null || !mentionedId.TryGetValue<string>(out var id) || id != botId) continue;
            if (mention["text"] is JsonValue t && t.TryGetValue<string>(out var raw) && raw.Length > 0) text = text.Replace(raw, " ");
        }
        var botName = a.Recipient?.Name;
        if (!string.IsNullOrEmpty(botName)) text = text.Replace($"<at>{botName}</at>", " ", StringComparison.OrdinalIgnoreCase);
        text = AtTag().Replace(text, m => m.Groups[1].Value);
        text = WebUtility.HtmlDecode(text);
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>
    /// The engine's view of a message or card action; null when the activity lacks a tenant, conversation or
    /// user, or carries neither text nor an action of ours.
    /// </summary>
    public static IncomingMessage? ToIncoming(Activity a, DateTimeOffset now, CardActionCodec codec, string? textOverride = null)
    {
        var tenant = TenantOf(a);
        var conversation = NullIfBlank(a.Conversation?.Id);
        var user = UserOf(a);
        if (tenant is null || conversation is null || user is null) return null;

        CardActionInvocation? action = null;
        if (textOverride is null && a.Value is JsonObject value && !codec.TryDecode(value, out action)) action = null;
        var text = textOverride ?? (action is null ? CleanText(a) : null);
        if (action is null && string.IsNullOrEmpty(text)) return null;

        return new IncomingMessage
        {
            TenantId = tenant,
            ConversationId = conversation,
            User = user,
            TimeZoneId = TimeZoneOf(a),
            Timestamp = TimestampOf(a, now),
            Text = action is null ? text : null,
            Action = action,
            ChannelId = ChannelId,
        };
    }

    /// <summary>A reference to store; null when the activity cannot be answered later.</summary>
    public static TeamsConversationRef? ToReference(Activity a)
    {
        var tenant = TenantOf(a);
        var conversation = NullIfBlank(a.Conversation?.Id);
        var serviceUrl = NullIfBlank(a.ServiceUrl);
        if (tenant is null || conversation is null || serviceUrl is null) return null;
        var type = NullIfBlank(a.Conversation?.ConversationType);
        var personal = type is null or "personal";
        return new TeamsConversationRef
        {
            TenantId = tenant,
            ConversationId = conversation,
            ServiceUrl = serviceUrl,
            ConversationType = type,
            // In a group or channel "the user" is whoever spoke last; only a personal chat is one person's.
            UserId = personal ? NullIfBlank(a.From?.Id) : null,
            UserAadObjectId = personal ? NullIfBlank(a.From?.AadObjectId) : null,
            UserName = personal ? NullIfBlank(a.From?.Name) : null,
            TeamId = NullIfBlank(a.ChannelData?.Team?.Id),
            ChannelId = NullIfBlank(a.ChannelData?.Channel?.Id),
            BotId = NullIfBlank(a.Recipient?.Id),
            BotName = NullIfBlank(a.Recipient?.Name),
            Gone = a.Type == ActivityTypes.InstallationUpdate && (a.Action is "remove" or "remove-upgrade"),
        };
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    [GeneratedRegex("<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
