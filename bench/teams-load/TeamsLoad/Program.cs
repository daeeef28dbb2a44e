using System.Globalization;
using System.Text.Json;
using TeamsLoad;

// Teams turn load benchmark; see ../README.md. Everything listens on 127.0.0.1 and every run is bounded in time.
var options = ParseArgs(args);
var repo = options.GetValueOrDefault("repo") ?? FindRepoRoot();
var bots = (options.GetValueOrDefault("bot") ?? "recruitbot,js").Split(',', StringSplitOptions.RemoveEmptyEntries);
var auths = (options.GetValueOrDefault("auth") ?? "on") switch { "both" => new[] { true, false }, "off" => [false], _ => [true] };
var concurrencies = (options.GetValueOrDefault("concurrency") ?? "16,64").Split(',').Select(int.Parse).ToArray();
var duration = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("duration") ?? "10", CultureInfo.InvariantCulture));
var rate = double.Parse(options.GetValueOrDefault("rate") ?? "500", CultureInfo.InvariantCulture);
var rateDuration = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("rate-duration") ?? "10", CultureInfo.InvariantCulture));
var warmup = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("warmup") ?? "5", CultureInfo.InvariantCulture));
var text = options.GetValueOrDefault("text") ?? "who is due";
var appId = options.GetValueOrDefault("app-id") ?? Guid.NewGuid().ToString();
var productionLimits = (options.GetValueOrDefault("limits") ?? "bench") switch
{
    "production" => true,
    "bench" => false,
    var other => throw new ArgumentException($"--limits {other}: bench or production"),
};
var environment = options.GetValueOrDefault("environment") ?? "Development";

await using var issuer = await LocalIssuer.StartAsync();
await using var connector = await FakeConnector.StartAsync();
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2) })
{
    Timeout = TimeSpan.FromSeconds(15),
};
Console.WriteLine($"issuer {issuer.MetadataUrl}  connector {connector.ServiceUrl}  text \"{text}\"  cores {Environment.ProcessorCount}");

var results = new List<RunResult>();
foreach (var auth in auths)
{
    foreach (var bot in bots)
    {
        var label = $"{bot}/{(auth ? "auth" : "noauth")}";
        var id = auth ? appId : null;
        string url;
        BotProcess? process = null;
        if (options.GetValueOrDefault("target") is { } target) url = target.TrimEnd('/');
        else
        {
            process = bot switch
            {
                "recruitbot" => await BotProcess.StartRecruitBotAsync(repo, id, issuer.MetadataUrl, environment, productionLimits),
                "js" => await BotProcess.StartJsEchoAsync(repo, id, issuer.MetadataUrl),
                _ => throw new ArgumentException($"unknown bot {bot}: recruitbot or js"),
            };
            url = process.BaseUrl;
            Console.WriteLine($"{label}: started pid {process.Pid} at {url}");
        }
        try
        {
            var runner = new LoadRunner(http, url, connector, auth ? issuer.Mint(appId, connector.ServiceUrl) : null, appId, text);
            var warm = await runner.ClosedLoopAsync(label + " warm-up", concurrencies.Min(), warmup);
            if (warm.Turns == 0) throw new InvalidOperationException($"{label}: no turn completed during warm-up ({warm.Errors} errors)");
            foreach (var c in concurrencies) results.Add(Print(await WithCpuAsync(process?.Pid, () => runner.ClosedLoopAsync(label, c, duration))));
            if (rate > 0) results.Add(Print(await WithCpuAsync(process?.Pid, () => runner.FixedRateAsync(label, rate, rateDuration))));
        }
        finally
        {
            if (process is not null) await process.DisposeAsync();
        }
    }
}

Console.WriteLine();
Console.WriteLine("summary (turn = request sent -> reply received at the fake connector)");
foreach (var r in results) Console.WriteLine(r);
foreach (var group in results.Where(r => r.Concurrency is not null).GroupBy(r => (Auth: r.Name.Split('/')[1], r.Concurrency)))
{
    var ours = group.FirstOrDefault(r => r.Name.StartsWith("recruitbot", StringComparison.Ordinal));
    var js = group.FirstOrDefault(r => r.Name.StartsWith("js", StringComparison.Ordinal));
    if (ours is not null && js is not null)
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio recruitbot/js {group.Key.Auth} c={group.Key.Concurrency}: {ours.TurnsPerSecond / js.TurnsPerSecond:F2}x turns/s"));
}
if (options.GetValueOrDefault("json") is { } json)
    await File.WriteAllTextAsync(json, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine($"connector: {connector.Replies} replies, {connector.Unmatched} unmatched");
return 0;

static async Task<RunResult> WithCpuAsync(int? pid, Func<Task<RunResult>> run)
{
    var before = ProcessCpu.Read(pid);
    var result = await run();
    var after = ProcessCpu.Read(pid);
    return before is { } b && after is { } a && result.Turns > 0
        ? result with { CpuMsPerTurn = (a - b).TotalMilliseconds / result.Turns }
        : result;
}

static RunResult Print(RunResult r)
{
    Console.WriteLine(r);
    return r;
}

static Dictionary<string, string> ParseArgs(string[] args)
{
    var map = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            throw new ArgumentException($"expected --name value, got {args[i]}");
        map[args[i][2..]] = args[++i];
    }
    return map;
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "RecruitBot.sln"))) return dir.FullName;
    throw new InvalidOperationException("run from inside the repository or pass --repo");
}
