using System.Globalization;
using RecruitBot.Conversation;
using RecruitBot.Hosting.Storage;
using RecruitBot.Nudges;
using RecruitBot.Nudges.Delivery;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Hosting.Cli;

/// <summary>
/// <c>dispatch [--until-idle] [--max-seconds N] [--seed-drill N] [--status TENANT]</c>: runs the outbox dispatcher in the foreground for
/// the adapters this process has (the drill file channel when <c>Delivery:FileChannelPath</c> is set); the web host
/// runs the same dispatcher as a hosted service. <c>--seed-drill N</c> first enqueues N drill messages for tenant
/// <see cref="DrillTenant"/> on the file channel: the kill -9 crash test (tests/crash/run.sh) uses it.
/// </summary>
public static class DispatchCommand
{
    public const string DrillTenant = "delivery-drill";
    private const string Usage = "usage: dispatch [--until-idle] [--max-seconds N] [--seed-drill N] [--status TENANT] [--Delivery:Setting=value ...]";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var untilIdle = false;
        string? statusTenant = null;
        int seed = 0, maxSeconds = 0;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--until-idle": untilIdle = true; break;
                case "--seed-drill" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out seed) && seed >= 0: i++; break;
                case "--max-seconds" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out maxSeconds) && maxSeconds > 0: i++; break;
                case "--status" when i + 1 < args.Length: statusTenant = args[++i]; break;
                case "--seed-drill" or "--max-seconds" or "--status":
                    await stderr.WriteLineAsync($"dispatch: {args[i]} needs a value\n{Usage}");
                    return 2;
                default: rest.Add(args[i]); break;
            }
        }

        var builder = Host.CreateApplicationBuilder(HostDefaults.CliSettings(rest.ToArray()));
        HostDefaults.LogToStandardError(builder.Logging, builder.Configuration);
        builder.Services.AddRecruitBotCore(builder.Configuration, builder.Environment);
        builder.Services.AddDeliveryCore(builder.Configuration);
        using var host = builder.Build();
        await DatabaseMigrator.MigrateAsync(host.Services);

        if (seed > 0)
        {
            var added = await SeedDrillAsync(host.Services, seed);
            await stdout.WriteLineAsync($"seeded {added} drill message(s)");
        }

        if (statusTenant is not null)
        {
            var summary = await host.Services.GetRequiredService<DeliveryStatus>().SummaryAsync(statusTenant);
            await stdout.WriteLineAsync(DeliveryStatusFeature.Describe(summary));
            return 0;
        }

        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        if (dispatcher.Channels.Count == 0)
        {
            await stderr.WriteLineAsync("dispatch: no delivery adapter in this process (set Delivery:FileChannelPath for the drill channel).");
            return seed > 0 ? 0 : 2;
        }
        var leases = host.Services.GetRequiredService<OutboxLeases>();
        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DeliveryOptions>>().Value;
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        if (maxSeconds > 0) stop.CancelAfter(TimeSpan.FromSeconds(maxSeconds));
        var total = DispatchReport.Empty;
        try
        {
            while (true)
            {
                var report = await dispatcher.DispatchBatchAsync(stop.Token);
                total = new DispatchReport(total.Leased + report.Leased, total.Sent + report.Sent, total.Retried + report.Retried,
                    total.Dead + report.Dead, total.Skipped + report.Skipped, total.LeaseLost + report.LeaseLost);
                if (report.Leased >= options.BatchSize) continue;
                if (untilIdle && await leases.CountPendingAsync(dispatcher.Channels, stop.Token) == 0) break;
                await Task.Delay(options.Poll, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await stdout.WriteLineAsync($"dispatch: stopped; {Describe(total)}");
            return lifetime.ApplicationStopping.IsCancellationRequested ? 0 : 1;
        }
        await stdout.WriteLineAsync($"dispatch: idle; {Describe(total)}");
        return 0;
    }

    private static string Describe(DispatchReport r) =>
        $"leased {r.Leased}, sent {r.Sent}, retried {r.Retried}, dead {r.Dead}, skipped {r.Skipped}, lease lost {r.LeaseLost}";

    private static async Task<int> SeedDrillAsync(IServiceProvider services, int count)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var added = 0;
        for (var start = 0; start < count; start += 200)
        {
            await using var db = services.GetRequiredService<RecruitingDbFactory>().For(DrillTenant);
            for (var i = start; i < Math.Min(count, start + 200); i++)
            {
                var card = new CardReply("drill", new Dictionary<string, object?> { ["n"] = (long)i }, $"Drill message {i}");
                if (await Outbox.EnqueueAsync(db, "drill", $"drill-{i}", FileProactiveChannel.Id, $"user:drill-{i % 7}", card, now)) added++;
            }
            await db.SaveChangesAsync();
        }
        return added;
    }
}
