using System.Globalization;

namespace TeamsLoad;

/// <summary>One run's figures: turns/s over the wall time and turn latency percentiles.</summary>
public sealed record RunResult(string Name, int? Concurrency, double? TargetRate, double WallSeconds, int Turns, int Errors,
    double TurnsPerSecond, double P50, double P90, double P99, double Max)
{
    /// <summary>The bot process's CPU time (user + system) per completed turn; null when the bot is not ours to watch.</summary>
    public double? CpuMsPerTurn { get; init; }

    public static RunResult From(string name, int? concurrency, double? rate, TimeSpan wall, double[] latencies, int errors)
    {
        Array.Sort(latencies);
        double P(double q) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        return new RunResult(name, concurrency, rate, wall.TotalSeconds, latencies.Length, errors,
            latencies.Length / wall.TotalSeconds, P(0.50), P(0.90), P(0.99), latencies.Length == 0 ? double.NaN : latencies[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-28} {(Concurrency is { } c ? $"c={c}" : $"rate={TargetRate:F0}/s"),-11} turns={Turns,6} errors={Errors,4} " +
        $"turns/s={TurnsPerSecond,7:F0} p50={P50,7:F1}ms p90={P90,7:F1}ms p99={P99,7:F1}ms max={Max,7:F1}ms{(CpuMsPerTurn is { } cpu ? $" cpu/turn={cpu.ToString("F2", CultureInfo.InvariantCulture)}ms" : "")}");
}
