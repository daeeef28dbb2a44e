using Microsoft.Extensions.Options;
using RecruitBot.Cards;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Channels.Terminal;

/// <summary>
/// The terminal channel: one line in, the engine's replies out, cards as readable text. A card's buttons become
/// numbered choices; typing the number or the label presses it. With stdin piped it reads one message per line,
/// echoes it so the output reads as a transcript, and exits at end of input.
/// </summary>
public sealed class TerminalChat(IConversationEngine engine, CardRenderer cards, TimeProvider clock, IOptions<TerminalOptions> options,
    Nudges.NudgeBoard board, IOptions<PrivacyOptions>? privacy = null)
{
    private TextCard? _lastCard;

    public async Task<int> RunAsync(TextReader input, TextWriter output, bool interactive, CancellationToken ct = default)
    {
        var o = options.Value;
        if (interactive) await output.WriteLineAsync("RecruitBot — tell me how an interview went, or type help. Ctrl+D to quit.");
        // Nudges reach the terminal too: whoever is due shows up when the chat starts.
        var localNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Conversation.Turn.FindZone(string.IsNullOrWhiteSpace(o.TimeZone) ? TimeZoneInfo.Local.Id : o.TimeZone)).DateTime;
        foreach (var card in await board.ForTerminalAsync(TerminalOptions.Tenant, o.UserId, localNow, ct))
            await WriteAsync(output, card with { Audience = new ActionAudience(TerminalOptions.Tenant, o.UserId) });
        while (!ct.IsCancellationRequested)
        {
            if (interactive) await output.WriteAsync("you> ");
            var line = await input.ReadLineAsync(ct);
            if (line is null) break;
            if (!interactive) await output.WriteLineAsync($"you> {line}");
            if (interactive && line.Trim() is "quit" or "exit") break;

            var message = new IncomingMessage
            {
                TenantId = TerminalOptions.Tenant,
                ConversationId = o.ConversationId,
                User = new UserRef(o.UserId, o.UserName ?? o.UserId),
                TimeZoneId = string.IsNullOrWhiteSpace(o.TimeZone) ? TimeZoneInfo.Local.Id : o.TimeZone,
                Timestamp = clock.GetUtcNow(),
                ChannelId = "terminal",
            };
            var choice = _lastCard?.Match(line);
            message = choice is not null
                ? message with { Action = new CardActionInvocation(choice.Verb, choice.Data, new Dictionary<string, string>()) }
                : message with { Text = line };

            var result = await engine.HandleAsync(message, ct);
            if (result.UpdateSourceCard is { } updated) await WriteAsync(output, updated);
            foreach (var reply in result.Replies) await WriteAsync(output, reply);
            await output.FlushAsync(ct);
        }
        return 0;
    }

    private async Task WriteAsync(TextWriter output, Reply reply)
    {
        switch (reply)
        {
            case TextReply text:
                await output.WriteLineAsync($"bot> {text.Text}");
                break;
            case CardReply card:
                var rendered = cards.ToText(card);
                // Only the newest card's buttons can be typed; older cards' numbers would be ambiguous.
                _lastCard = rendered.Choices.Count > 0 ? rendered : null;
                await output.WriteLineAsync(rendered.Text.TrimEnd());
                break;
            case FileReply file:
                var path = await TerminalFileWriter.WriteAsync(TerminalFileWriter.DirectoryFor(privacy?.Value ?? new PrivacyOptions()), file);
                await output.WriteLineAsync($"bot> {file.Summary} Saved to {path}");
                break;
        }
    }
}
