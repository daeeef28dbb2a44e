using System.Text.Json.Nodes;
using RecruitBot.Cards;
using RecruitBot.Channels.Teams.Outbound;
using RecruitBot.Channels.Teams.Storage;
using RecruitBot.Channels.Teams.Wire;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Access;

namespace RecruitBot.Channels.Teams;

/// <summary>
/// Handles one authenticated activity: stores its conversation reference, hands messages and card actions to the
/// engine and delivers the result. A turn that outruns <see cref="TeamsOptions.InlineBudget"/> is answered at once
/// (202, or a "working on it" invoke response) and finishes in the background, its result sent proactively.
/// </summary>
public sealed class TeamsTurnHandler(
    IConversationEngine engine,
    TeamsConversationStore store,
    BotConnectorClient connector,
    TeamsReplyFactory replies,
    CardActionCodec codec,
    BackgroundTurns background,
    TeamsOptions options,
    TimeProvider clock,
    ILogger<TeamsTurnHandler> log,
    AccessService? access = null,
    TeamsTeamChannels? teamChannels = null)
{
    public const string WelcomeText = "help";

    public async Task<TeamsHttpResponse> HandleAsync(Activity a, CancellationToken ct)
    {
        var reference = ActivityMapper.ToReference(a);
        if (reference is not null) await store.RecordAsync(reference, ct);
        if (teamChannels is not null) await teamChannels.ObserveAsync(a, ct);

        return a.Type switch
        {
            ActivityTypes.Message => await MessageAsync(a, ct),
            ActivityTypes.Invoke when a.Name == ActivityTypes.AdaptiveCardAction => await CardActionInvokeAsync(a, ct),
            ActivityTypes.InstallationUpdate => await InstallationAsync(a, ct),
            ActivityTypes.ConversationUpdate => await ConversationUpdateAsync(a, ct),
            _ => TeamsHttpResponse.Ok,
        };
    }

    private async Task<TeamsHttpResponse> MessageAsync(Activity a, CancellationToken ct)
    {
        var incoming = ActivityMapper.ToIncoming(a, clock.GetUtcNow(), codec);
        if (incoming is null) return TeamsHttpResponse.Ok;
        if (incoming.Action is not null && !await FirstDeliveryAsync(a, ct)) return TeamsHttpResponse.Ok;

        var done = await WithinBudgetAsync(async stop =>
        {
            var result = await engine.HandleAsync(incoming, stop);
            if (result.UpdateSourceCard is not null && !string.IsNullOrEmpty(a.ReplyToId))
                await UpdateSourceAsync(a, result.UpdateSourceCard, stop);
            await ReplyAllAsync(a, result.Replies, stop);
        });
        return done ? TeamsHttpResponse.Ok : TeamsHttpResponse.Accepted;
    }

    private async Task<TeamsHttpResponse> CardActionInvokeAsync(Activity a, CancellationToken ct)
    {
        var incoming = ActivityMapper.ToIncoming(a, clock.GetUtcNow(), codec);
        if (incoming?.Action is null)
            return new(200, replies.InvokeResponse(null, "That action is not one this bot understands."));
        if (!await FirstDeliveryAsync(a, ct))
            return new(200, replies.InvokeResponse(null, "Already done."));

        // The engine runs detached from the request: if Teams stops waiting, the turn still completes.
        var turn = Task.Run(() => engine.HandleAsync(incoming, CancellationToken.None), CancellationToken.None);
        if (await Task.WhenAny(turn, Task.Delay(options.InlineBudget, ct)) == turn)
        {
            TurnResult result;
            try
            {
                result = await turn;
            }
            catch (Exception e)
            {
                log.LogError(e, "Teams card action failed");
                return new(200, new JsonObject
                {
                    ["statusCode"] = 500,
                    ["type"] = "application/vnd.microsoft.error",
                    ["value"] = new JsonObject { ["code"] = "InternalError", ["message"] = "Something went wrong; please try again." },
                });
            }
            if (result.Replies.Count > 0) _ = background.Run(stop => ReplyAllAsync(a, result.Replies, stop));
            return new(200, replies.InvokeResponse(result.UpdateSourceCard, "Done."));
        }

        _ = background.Run(async stop =>
        {
            var result = await turn;
            if (result.UpdateSourceCard is not null && !string.IsNullOrEmpty(a.ReplyToId))
                await UpdateSourceAsync(a, result.UpdateSourceCard, stop);
            await ReplyAllAsync(a, result.Replies, stop);
        });
        return new(200, replies.InvokeResponse(null, "Working on it…"));
    }

    private async Task<TeamsHttpResponse> InstallationAsync(Activity a, CancellationToken ct)
    {
        if (a.Action is "add" or "add-upgrade") return await WelcomeAsync(a, ct);
        if (a.Action is "remove" or "remove-upgrade" && ActivityMapper.TenantOf(a) is { } tenant && a.Conversation?.Id is { } conversation)
            await store.ForgetAsync(tenant, WelcomeKey(conversation), ct);
        return TeamsHttpResponse.Ok;
    }

    private async Task<TeamsHttpResponse> ConversationUpdateAsync(Activity a, CancellationToken ct)
    {
        var botId = a.Recipient?.Id;
        if (botId is null) return TeamsHttpResponse.Ok;
        if (a.MembersRemoved?.Any(m => m?.Id == botId) == true && ActivityMapper.TenantOf(a) is { } tenant && a.Conversation?.Id is { } conversation)
        {
            await store.MarkGoneAsync(tenant, conversation, ct);
            await store.ForgetAsync(tenant, WelcomeKey(conversation), ct);
            return TeamsHttpResponse.Ok;
        }
        return a.MembersAdded?.Any(m => m?.Id == botId) == true ? await WelcomeAsync(a, ct) : TeamsHttpResponse.Ok;
    }

    // Deadlines use the real clock: the injected one may be a simulated business date.
    /// <summary>Install arrives as both installationUpdate and conversationUpdate; the stored marker welcomes once.</summary>
    private async Task<TeamsHttpResponse> WelcomeAsync(Activity a, CancellationToken ct)
    {
        var incoming = ActivityMapper.ToIncoming(a, clock.GetUtcNow(), codec, WelcomeText);
        // Whoever installs the bot becomes the tenant's first admin (unless admins are configured or exist).
        if (incoming is not null && access is not null) await access.GrantInstallerAsync(incoming.TenantId, incoming.User.Id, DateTime.UtcNow, ct);
        if (incoming is null || !await store.TryMarkProcessedAsync(incoming.TenantId, WelcomeKey(incoming.ConversationId), ct))
            return TeamsHttpResponse.Ok;
        var done = await WithinBudgetAsync(async stop =>
        {
            var result = await engine.HandleAsync(incoming, stop);
            foreach (var reply in result.Replies) await DeliverAsync(a, reply, replyTo: false, stop);
        });
        return done ? TeamsHttpResponse.Ok : TeamsHttpResponse.Accepted;
    }

    private async Task<bool> FirstDeliveryAsync(Activity a, CancellationToken ct) =>
        string.IsNullOrEmpty(a.Id) || ActivityMapper.TenantOf(a) is not { } tenant || await store.TryMarkProcessedAsync(tenant, a.Id, ct);

    private async Task<bool> WithinBudgetAsync(Func<CancellationToken, Task> work)
    {
        var task = background.Run(work);
        return await Task.WhenAny(task, Task.Delay(options.InlineBudget)) == task;
    }

    private async Task ReplyAllAsync(Activity a, IReadOnlyList<Reply> all, CancellationToken ct)
    {
        foreach (var reply in all) await DeliverAsync(a, reply, replyTo: true, ct);
    }

    private async Task DeliverAsync(Activity a, Reply reply, bool replyTo, CancellationToken ct)
    {
        var outgoing = replies.ToActivity(reply, a);
        await GuardGoneAsync(a, () => replyTo && !string.IsNullOrEmpty(a.Id)
            ? connector.ReplyAsync(a.ServiceUrl!, a.Conversation!.Id!, a.Id, outgoing, ct)
            : connector.SendToConversationAsync(a.ServiceUrl!, a.Conversation!.Id!, outgoing, ct), ct);
    }

    private async Task UpdateSourceAsync(Activity a, CardReply card, CancellationToken ct)
    {
        var outgoing = replies.ToActivity(card, a);
        outgoing.Id = a.ReplyToId;
        outgoing.ReplyToId = null;
        await GuardGoneAsync(a, () => connector.UpdateAsync(a.ServiceUrl!, a.Conversation!.Id!, a.ReplyToId!, outgoing, ct), ct);
    }

    private async Task GuardGoneAsync(Activity a, Func<Task<string?>> call, CancellationToken ct)
    {
        try
        {
            await call();
        }
        catch (ConversationGoneException e) when (ActivityMapper.TenantOf(a) is { } tenant)
        {
            log.LogInformation("Teams conversation gone (HTTP {Status}) while replying", e.Status);
            await store.MarkGoneAsync(tenant, e.ConversationId, ct);
        }
    }

    private static string WelcomeKey(string conversationId) => "welcome:" + conversationId;
}
