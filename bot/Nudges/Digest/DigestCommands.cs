using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges.Digest;

/// <summary>
/// "digest", "digest off/on", "digest show/hide names", "digest monday 9:00", "digest preview", typed in a team channel.
/// Until roles exist, anyone in the channel's conversation may change its settings.
/// </summary>
public sealed partial class DigestCommands(TeamChannels channels, DigestBuilder builder, RecruitingDbFactory dbs, IOptions<NudgesOptions> options)
{
    [GeneratedRegex(@"^(?<day>[a-z]{3,9})(?:\s+at)?\s+(?<h>\d{1,2})(?::(?<m>\d{2}))?\s*(?<ampm>am|pm)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayTime();

    public async Task<TurnResult> HandleAsync(Turn t, string rest, CancellationToken ct)
    {
        var channel = await channels.FindAsync(t.TenantId, t.Message.ChannelId, t.Message.ConversationId, ct);
        if (channel is null)
            return NudgeFlow.Say("The weekly digest is for team channels. Add me to a team (Teams) or invite me to a channel (Slack), then say \"digest\" there.");
        var r = string.Join(' ', rest.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        switch (r)
        {
            case "" or "status" or "settings":
                return NudgeFlow.Say(Status(channel));
            case "off":
                return await ChangeAsync(t, c => c.Enabled = false, "Weekly digest turned off for this channel. Say \"digest on\" to turn it back on.", ct);
            case "on":
                return await ChangeAsync(t, c => c.Enabled = true, null, ct);
            case "show names":
                return await ChangeAsync(t, c => c.ShowNames = true, "Candidate names will be shown in this channel's digest (never reasons). Say \"digest hide names\" to stop.", ct);
            case "hide names":
                return await ChangeAsync(t, c => c.ShowNames = false, "Candidate names are hidden in this channel's digest again: counts only.", ct);
            case "preview":
                await using (var db = dbs.For(t.TenantId))
                    return new TurnResult([new TextReply("This is what the digest would say today:"), await builder.BuildAsync(db, channel, t.Today, t.NowUtc, ct)]);
        }
        if (DayTime().Match(r) is { Success: true } m && NudgesOptions.Day(m.Groups["day"].Value) is { } day)
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (m.Groups["ampm"].Value == "pm" && hour < 12) hour += 12;
            if (m.Groups["ampm"].Value == "am" && hour == 12) hour = 0;
            if (hour > 23 || minute > 59) return NudgeFlow.Say("That isn't a time I can use. Try e.g. \"digest monday 9:00\".");
            var time = new TimeOnly(hour, minute);
            var quiet = options.Value.Quiet;
            if (quiet.Contains(time)) return NudgeFlow.Say($"{time:HH\\:mm} is inside quiet hours ({quiet}), when I send nothing. Pick a time outside them.");
            return await ChangeAsync(t, c => { c.DigestDay = day; c.DigestTime = time; c.Enabled = true; }, null, ct);
        }
        return NudgeFlow.Say("Digest commands: \"digest\" (settings), \"digest monday 9:00\", \"digest off\", \"digest on\", \"digest show names\", \"digest hide names\", \"digest preview\".");
    }

    private async Task<TurnResult> ChangeAsync(Turn t, Action<TeamChannel> change, string? text, CancellationToken ct)
    {
        var updated = await channels.UpdateAsync(t.TenantId, t.Message.ChannelId, t.Message.ConversationId, t.UserId, change, ct);
        return NudgeFlow.Say(updated is null ? "This channel isn't registered any more." : text ?? Status(updated));
    }

    private static string Status(TeamChannel c) =>
        (c.Enabled ? $"Weekly digest: {c.DigestDay}s at {c.DigestTime:HH\\:mm} ({c.TimeZoneId ?? "UTC"})." : "Weekly digest: off.") +
        (c.ShowNames ? " Candidate names: shown." : " Candidate names: hidden (counts only).");
}
