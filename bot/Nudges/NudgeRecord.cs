using RecruitBot.Recruiting;

namespace RecruitBot.Nudges;

/// <summary>
/// One nudge or stale-decision card as it was planned: who it went to, for which local day, and which items it
/// listed. Buttons carry its id, so a pressed card is rebuilt from the store rather than trusted from the channel.
/// </summary>
public sealed class NudgeRecord : ITenantOwned
{
    public const string NudgeKind = "nudge";
    public const string StaleKind = "stale-decision";

    public Guid Id { get; set; } = Guid.NewGuid();
    public required string TenantId { get; set; }

    /// <summary><see cref="NudgeKind"/> (items are candidate ids) or <see cref="StaleKind"/> (items are in-process ids).</summary>
    public required string Kind { get; set; }

    public required string UserId { get; set; }
    public required string ChannelId { get; set; }
    public DateOnly LocalDate { get; set; }

    /// <summary>The listed ids in card order, '|'-separated.</summary>
    public required string Items { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public IReadOnlyList<Guid> ItemIds =>
        Items.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}
