using System.Globalization;
using System.Text;
using RecruitBot.Conversation;

namespace RecruitBot.Nudges.Delivery;

/// <summary>"delivery status": how many nudges are waiting, retrying, sent and given up, and why the last ones died.</summary>
public sealed class DeliveryStatusFeature(DeliveryStatus status) : IConversationFeature
{
    public IEnumerable<(string Command, string Description)> Help =>
        [("delivery status", "Nudges waiting, retrying, sent and undeliverable in this workspace")];

    public async Task<TurnResult?> TryHandleTextAsync(Turn turn, string text, CancellationToken cancellationToken)
    {
        if (!IsCommand(text)) return null;
        var summary = await status.SummaryAsync(turn.TenantId, ct: cancellationToken);
        return TurnResult.Say(new TextReply(Describe(summary)));
    }

    public Task<TurnResult?> TryHandleActionAsync(Turn turn, CardActionInvocation action, CancellationToken cancellationToken) =>
        Task.FromResult<TurnResult?>(null);

    public static bool IsCommand(string text)
    {
        var words = text.Trim().TrimEnd('?', '.', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && words[0].Equals("delivery", StringComparison.OrdinalIgnoreCase)
            && words[1].Equals("status", StringComparison.OrdinalIgnoreCase);
    }

    public static string Describe(DeliverySummary s)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Delivery: {s.Pending} waiting ({s.Retrying} retrying after a failure), {s.Sent} sent, {s.Dead} undeliverable.");
        if (s.RecentDead.Count > 0)
        {
            text.Append("\nRecently undeliverable:");
            foreach (var d in s.RecentDead)
                text.Append(CultureInfo.InvariantCulture,
                    $"\n- {d.CreatedAtUtc:yyyy-MM-dd} {d.Kind} to {d.Recipient} via {d.ChannelId} after {d.Attempts} attempt(s): {d.Error ?? "no reason recorded"}");
        }
        return text.ToString();
    }
}
