namespace RecruitBot.Nudges;

/// <summary>Local hours in which nothing is delivered. Start after end means the span crosses midnight (20:00–08:00).</summary>
public readonly record struct QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool Contains(TimeOnly t) => Start == End ? false
        : Start < End ? t >= Start && t < End
        : t >= Start || t < End;

    public override string ToString() => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}
