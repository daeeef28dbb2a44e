using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TeamsLoad;

/// <summary>A bot under test started as a child process on a free loopback port, stopped by its PID.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string? _dbFile;

    public string BaseUrl { get; }
    public int Pid => _process.Id;

    private BotProcess(Process process, string baseUrl, string? dbFile)
    {
        _process = process;
        BaseUrl = baseUrl;
        _dbFile = dbFile;
    }

    /// <summary>RecruitBot from its Release build; appId null means Teams:DisableAuth=true.</summary>
    /// <param name="productionLimits">
    /// Keep the per-user/per-tenant turn limits and the per-address HTTP limit at their defaults. Otherwise they are
    /// raised far above the offered load (the limiters still run, so their cost is measured): 64 bench users in one
    /// tenant exceed the default 10 turns/s per tenant within a second, and most turns would then be the "slow down"
    /// reply rather than the turn being measured.
    /// </param>
    public static Task<BotProcess> StartRecruitBotAsync(string repoRoot, string? appId, string metadataUrl, string environment, bool productionLimits = false)
    {
        var dll = Path.Combine(repoRoot, "bot", "bin", "Release", "net10.0", "RecruitBot.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: run `dotnet build bot -c Release` first.");
        var port = FreePort();
        var db = Path.Combine(Path.GetTempPath(), $"teams-load-{Guid.NewGuid():N}.db");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add($"http://127.0.0.1:{port}");
        psi.Environment["ConnectionStrings__RecruitBot"] = $"Data Source={db}";
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        // Request logging off, as in production: the log sink would otherwise be what we measure.
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        // The bench users' tenant is open (every member may read candidates), so "who is due" runs the due-list
        // query and renders its card; in a closed tenant the turn would be the access refusal.
        psi.Environment["Access__OpenTenants__0"] = "local";
        psi.Environment["Access__OpenTenants__1"] = LoadRunner.Tenant;
        if (!productionLimits)
        {
            foreach (var bucket in new[] { "PerUser", "PerTenant" })
            {
                psi.Environment[$"RateLimits__{bucket}__TokenLimit"] = "100000000";
                psi.Environment[$"RateLimits__{bucket}__TokensPerPeriod"] = "100000000";
            }
            psi.Environment["RateLimits__PerAddressPermitLimit"] = "100000000";
        }
        if (appId is not null)
        {
            psi.Environment["MicrosoftAppId"] = appId;
            psi.Environment["Teams__OpenIdMetadataUrl"] = metadataUrl;
        }
        else
        {
            psi.Environment["Teams__DisableAuth"] = "true";
        }
        return StartAsync(psi, port, db);
    }

    /// <summary>The botbuilder 4.23 echo bot in js-echo/; appId null runs it with authentication disabled.</summary>
    public static Task<BotProcess> StartJsEchoAsync(string repoRoot, string? appId, string metadataUrl)
    {
        var script = Path.Combine(repoRoot, "bench", "teams-load", "js-echo", "echo.js");
        if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules")))
            throw new InvalidOperationException("bench/teams-load/js-echo/node_modules is missing: run `npm ci` there first.");
        var port = FreePort();
        var psi = new ProcessStartInfo("node") { WorkingDirectory = Path.GetDirectoryName(script)! };
        psi.ArgumentList.Add(script);
        psi.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        psi.Environment["NODE_ENV"] = "production";
        if (appId is not null)
        {
            psi.Environment["MicrosoftAppId"] = appId;
            psi.Environment["BotOpenIdMetadata"] = metadataUrl;
        }
        return StartAsync(psi, port, null);
    }

    private static async Task<BotProcess> StartAsync(ProcessStartInfo psi, int port, string? db)
    {
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {psi.FileName}");
        process.OutputDataReceived += (_, e) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine($"[bot {process.Id}] {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, $"http://127.0.0.1:{port}", db);
        await bot.WaitListeningAsync(port, TimeSpan.FromSeconds(60));
        return bot;
    }

    private async Task WaitListeningAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"bot exited with {_process.ExitCode} before listening");
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(200);
            }
        }
        throw new TimeoutException($"bot not listening on {port} after {timeout.TotalSeconds}s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_dbFile is null) return;
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_dbFile + suffix);
    }
}
