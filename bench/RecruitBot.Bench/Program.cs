using BenchmarkDotNet.Running;

// Every benchmark in this assembly is reachable by name, e.g.
//   dotnet run -c Release --project bench/RecruitBot.Bench -- --filter '*Recognizer*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
