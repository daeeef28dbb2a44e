using System.Text.Json.Nodes;
using RecruitBot.Cards;
using RecruitBot.Channels.Teams.Files;
using RecruitBot.Channels.Teams.Outbound;
using RecruitBot.Channels.Teams.Storage;
using RecruitBot.Channels.Teams.Wire;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Access;

namespace RecruitBot.Channels.Teams;

/// <summary>
/// Handles one authenticated activity: stores its conversation reference, hands messages and card actions to the
/// engine and delivers the result. Turns run on <see cref="BackgroundTurns"/>' bounded workers: one that outruns
/// <see cref="TeamsOptions.InlineBudget"/> is answered at once (202, or a "working on it" invoke response) and
/// finishes in the background, its result sent proactively; when the queue is full the activity is refused with 503
/// before it is processed (the dedupe marker is set by the worker, so the channel's retry is not mistaken for a repeat).
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
    TeamsFileConsentHandler? files = null,
    TeamsTeamChannels? teamChannels = null)
{
    public const string WelcomeText = "help";

    private const int Undecided = 0, Inline = 1, Deferred = 2;

    public async Task<TeamsHttpResponse> HandleAsync(Activity a, CancellationToken ct)
    {
        var reference = ActivityMapper.ToReference(a);
        if (reference is not null) await store.RecordAsync(reference, ct);
        if (teamChannels is not null) await teamChannels.ObserveAsync(a, ct);

        return a.Type switch
        {
            ActivityTypes.Message => await MessageAsync(a, ct),
            ActivityTypes.Invoke when a.Name == ActivityTypes.AdaptiveCardAction => await CardActionInvokeAsync(a, ct),
            ActivityTypes.Invoke when files is not null && TeamsFileConsentHandler.Handles(a) => await files.HandleAsync(a, ct),
            ActivityTypes.InstallationUpdate => await InstallationAsync(a, ct),
            ActivityTypes.ConversationUpdate => await ConversationUpdateAsync(a, ct),
            _ => TeamsHttpResponse.Ok,
        };
    }

    private async Task<TeamsHttpResponse> MessageAsync(Activity a, CancellationToken ct)
    {
        var incoming = ActivityMapper.ToIncoming(a, clock.GetUtcNow(), codec);
        if (incoming is null) return TeamsHttpResponse.Ok;

        var turn = background.TryRun(async stop =>
        {
            if (incoming.Action is not null && !await FirstDeliveryAsync(a, stop)) return;
            var result = await engine.HandleAsync(incoming, stop);
            if (result.UpdateSourceCard is not null && !string.IsNullOrEmpty(a.ReplyToId))
                await UpdateSourceAsync(a, result.UpdateSourceCard, stop);
            await ReplyAllAsync(a, result.Replies, stop);
        });
        return await WithinBudgetAsync(turn, ct);
    }

    /// <summary>
    /// The toast Teams shows when the card stays as it is: the bot's own first line (e.g. "That card has expired"),
    /// because a bare "Done." would contradict a refusal that follows in the chat.
    /// </summary>
    private static string InvokeMessage(TurnResult result) =>
        result.Replies.OfType<TextReply>().FirstOrDefault() is { Text: { Length: > 0 } text }
            ? (text.Length <= 200 ? text : text[..199] + "…")
            : "Done.";

    private async Task<TeamsHttpResponse> CardActionInvokeAsync(Activity a, CancellationToken ct)
    {
        var incoming = ActivityMapper.ToIncoming(a, clock.GetUtcNow(), codec);
        if (incoming?.Action is null)
            return new(200, replies.InvokeResponse(null, "That action is not one this bot understands."));

        // The worker and the request race once: whoever decides first says whether the invoke response carries the
        // result (the worker then only sends the follow-up replies) or "Working on it…" (the worker updates the card).
        var outcome = new TaskCompletionSource<TurnResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var decided = Undecided;
        var job = background.TryRun(async stop =>
        {
            TurnResult result;
            try
            {
                if (!await FirstDeliveryAsync(a, stop))
                {
                    outcome.TrySetResult(null);
                    return;
                }
                // The engine runs detached from the request: if Teams stops waiting, the turn still completes.
                result = await engine.HandleAsync(incoming, CancellationToken.None);
            }
            catch (Exception e)
            {
                outcome.TrySetException(e);
                throw;
            }
            if (Interlocked.CompareExchange(ref decided, Inline, Undecided) == Undecided)
            {
                outcome.TrySetResult(result);
                await ReplyAllAsync(a, result.Replies, stop);
                return;
            }
            if (result.UpdateSourceCard is not null && !string.IsNullOrEmpty(a.ReplyToId))
                await UpdateSourceAsync(a, result.UpdateSourceCard, stop);
            await ReplyAllAsync(a, result.Replies, stop);
        });
        if (job is null) return TeamsHttpResponse.Busy;

        await WaitBudgetAsync(outcome.Task, ct);
        if (!outcome.Task.IsCompleted && Interlocked.CompareExchange(ref decided, Deferred, Undecided) == Undecided)
            return new(200, replies.InvokeResponse(null, "Working on it…"));
        try
        {
            return await outcome.Task is { } result
                ? new(200, replies.InvokeResponse(result.UpdateSourceCard, InvokeMessage(result)))
                : new(200, replies.InvokeResponse(null, "Already done."));
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
        if (incoming is null) return TeamsHttpResponse.Ok;
        // Whoever installs the bot becomes the tenant's first admin (unless admins are configured or exist).
        if (access is not null) await access.GrantInstallerAsync(incoming.TenantId, incoming.User.Id, DateTime.UtcNow, ct);
        var turn = background.TryRun(async stop =>
        {
            if (!await store.TryMarkProcessedAsync(incoming.TenantId, WelcomeKey(incoming.ConversationId), stop)) return;
            var result = await engine.HandleAsync(incoming, stop);
            foreach (var reply in result.Replies) await DeliverAsync(a, reply, replyTo: false, stop);
        });
        return await WithinBudgetAsync(turn, ct);
    }

    private async Task<bool> FirstDeliveryAsync(Activity a, CancellationToken ct) =>
        string.IsNullOrEmpty(a.Id) || ActivityMapper.TenantOf(a) is not { } tenant || await store.TryMarkProcessedAsync(tenant, a.Id, ct);

    /// <summary>200 when the turn finished within the inline budget, 202 when it goes on in the background, 503 when refused.</summary>
    private async Task<TeamsHttpResponse> WithinBudgetAsync(Task? turn, CancellationToken ct)
    {
        if (turn is null) return TeamsHttpResponse.Busy;
        await WaitBudgetAsync(turn, ct);
        return turn.IsCompleted ? TeamsHttpResponse.Ok : TeamsHttpResponse.Accepted;
    }

    // WaitAsync drops its timer as soon as the task completes; a bare Task.Delay would keep one alive per request.
    private async Task WaitBudgetAsync(Task task, CancellationToken ct) =>
        await task.WaitAsync(options.InlineBudget, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

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
