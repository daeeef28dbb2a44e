using System.Globalization;

namespace TeamsLoad;

/// <summary>
/// A process's consumed CPU time from <c>/proc/PID/stat</c> (utime + stime). CPU per turn is far less sensitive to
/// other jobs on a shared machine than turns/s, so before/after comparisons use it.
/// </summary>
public static class ProcessCpu
{
    // USER_HZ is 100 on every Linux ABI .NET runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan? Read(int? pid)
    {
        if (pid is null) return null;
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may contain spaces; fields after its closing parenthesis are fixed.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
