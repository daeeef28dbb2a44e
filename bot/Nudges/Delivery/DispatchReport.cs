namespace RecruitBot.Nudges.Delivery;

/// <summary>What one batch did. <see cref="LeaseLost"/> counts rows another instance took over mid-send.</summary>
public sealed record DispatchReport(int Leased, int Sent, int Retried, int Dead, int Skipped, int LeaseLost)
{
    public static readonly DispatchReport Empty = new(0, 0, 0, 0, 0, 0);
}
