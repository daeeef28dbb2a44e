using BenchmarkDotNet.Running;

namespace RecruitBot.Bench;

// Every benchmark in this assembly is reachable by name, e.g.
//   dotnet run -c Release --project bench/RecruitBot.Bench -- --filter '*Recognizer*'
public static class BenchProgram
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
}
