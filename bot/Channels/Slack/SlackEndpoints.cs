using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using RecruitBot.Channels.Slack.Inbox;
using RecruitBot.Channels.Slack.Processing;
using RecruitBot.Channels.Slack.Security;
using RecruitBot.Channels.Slack.Wire;

namespace RecruitBot.Channels.Slack;

/// <summary>
/// The three request URLs. Each verifies, stores the request in the inbox (ignoring retries), wakes the worker and
/// answers at once: Slack wants a 200 within 3 seconds and retries otherwise.
/// </summary>
public static class SlackEndpoints
{
    public const string EventsPath = "/slack/events";
    public const string InteractionsPath = "/slack/interactions";
    public const string CommandsPath = "/slack/commands";

    public static async Task<IResult> EventsAsync(HttpContext http, SlackRequestReader reader, SlackInbox inbox, SlackInboxQueue queue,
        IOptions<SlackOptions> options, CancellationToken ct)
    {
        var (body, refusal) = await reader.ReadVerifiedAsync(http.Request, ct);
        if (refusal is not null) return refusal;
        SlackEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<SlackEventEnvelope>(body, SlackJson.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (envelope is null) return Results.BadRequest();
        if (envelope.Type == "url_verification") return Results.Text(envelope.Challenge ?? "", "text/plain");
        if (envelope.Type != "event_callback") return Results.Ok();
        if (!SlackGuards.AppIdAllowed(options.Value.AppId, envelope.ApiAppId)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var tenant = SlackGuards.TenantKey(envelope.EnterpriseId, envelope.TeamId);
        var key = SlackInboxKeys.ForEvent(envelope);
        if (tenant is null || key is null) return Results.BadRequest();
        if (!SlackEventFilter.Accept(envelope, options.Value.ListenInChannels)) return Results.Ok();
        await StoreAsync(inbox, queue, tenant, key, SlackInboxKeys.Event, Encoding.UTF8.GetString(body!), ct);
        return Results.Ok();
    }

    public static async Task<IResult> InteractionsAsync(HttpContext http, SlackRequestReader reader, SlackInbox inbox, SlackInboxQueue queue,
        IOptions<SlackOptions> options, CancellationToken ct)
    {
        var (body, refusal) = await reader.ReadVerifiedAsync(http.Request, ct);
        if (refusal is not null) return refusal;
        var json = Form(body!).GetValueOrDefault("payload");
        SlackInteraction? payload;
        try
        {
            payload = string.IsNullOrEmpty(json) ? null : SlackJson.Read<SlackInteraction>(json);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (payload is null) return Results.BadRequest();
        if (!SlackGuards.AppIdAllowed(options.Value.AppId, payload.ApiAppId)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        if (payload.Type is not (SlackInboxKeys.BlockActions or SlackInboxKeys.ViewSubmission or SlackInboxKeys.MessageAction))
            return Results.Ok();
        var tenant = SlackGuards.TenantKey(payload.Enterprise?.Id ?? payload.Team?.EnterpriseId, payload.Team?.Id ?? payload.User?.TeamId);
        var key = SlackInboxKeys.ForInteraction(payload);
        if (tenant is null || key is null) return Results.BadRequest();
        await StoreAsync(inbox, queue, tenant, key, payload.Type, json!, ct);
        // An empty 200 closes a submitted modal and acknowledges a button; the result follows through the Web API.
        return Results.Ok();
    }

    public static async Task<IResult> CommandsAsync(HttpContext http, SlackRequestReader reader, SlackInbox inbox, SlackInboxQueue queue,
        IOptions<SlackOptions> options, CancellationToken ct)
    {
        var (body, refusal) = await reader.ReadVerifiedAsync(http.Request, ct);
        if (refusal is not null) return refusal;
        var form = Form(body!);
        // Slack's certificate check when the command URL is saved: answer 200, do nothing.
        if (form.GetValueOrDefault("ssl_check") == "1") return Results.Ok();
        if (!SlackGuards.AppIdAllowed(options.Value.AppId, form.GetValueOrDefault("api_app_id"))) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var tenant = SlackGuards.TenantKey(form.GetValueOrDefault("enterprise_id"), form.GetValueOrDefault("team_id"));
        var key = SlackInboxKeys.ForCommand(form.GetValueOrDefault("trigger_id"));
        if (tenant is null || key is null || string.IsNullOrEmpty(form.GetValueOrDefault("user_id"))) return Results.BadRequest();
        await StoreAsync(inbox, queue, tenant, key, SlackInboxKeys.Command, SlackJsonForm.Serialize(form), ct);
        return SlackCommandText.ToEngineText(form.GetValueOrDefault("text")) is "help" or "who is due"
            ? Results.Ok()
            : Results.Json(new { response_type = "ephemeral", text = "Got it, working on it…" });
    }

    private static async Task StoreAsync(SlackInbox inbox, SlackInboxQueue queue, string tenant, string key, string kind, string payload,
        CancellationToken ct)
    {
        var id = await inbox.TryAddAsync(tenant, key, kind, payload, ct);
        if (id is { } stored) queue.TryEnqueue(stored);
    }

    private static Dictionary<string, string> Form(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
}
