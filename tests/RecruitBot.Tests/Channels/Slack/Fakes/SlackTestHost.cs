using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RecruitBot.Channels.Slack;
using RecruitBot.Channels.Slack.Security;
using RecruitBot.Channels.Slack.Storage;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Conversation;
using RecruitBot.Hosting;
using RecruitBot.Hosting.Storage;
using RecruitBot.Nudges;
using RecruitBot.Nudges.Delivery;

namespace RecruitBot.Tests.Channels.Slack.Fakes;

/// <summary>The bot's Slack channel in an in-memory test server over a SQLite file, talking to <see cref="FakeSlackApi"/>.</summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-0123456789";
    public const string AppId = "A0APP";

    public required WebApplication App { get; init; }
    public required HttpClient Client { get; init; }

    public static Task<SlackTestHost> StartAsync(string dbFile, FakeSlackApi api, IConversationEngine engine, bool runWorker = true,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string environment = "Development") =>
        StartAsync(dbFile, api, runWorker, settings, environment, builder =>
        {
            builder.Services.AddRecruitBotStorage(builder.Configuration);
            builder.Services.AddSingleton(engine);
            services?.Invoke(builder.Services);
        });

    /// <summary>The host as <c>bot/Program.cs</c> builds it: the real engine and store, with the business clock fixed at <paramref name="now"/>.</summary>
    public static Task<SlackTestHost> StartRealAsync(string dbFile, FakeSlackApi api, string now = "2025-11-18T09:00:00") =>
        StartAsync(dbFile, api, runWorker: true, new Dictionary<string, string?> { [BusinessClock.Variable] = now }, "Development",
            builder => builder.AddRecruitBot());

    /// <summary>
    /// The real host plus outbox delivery (<c>AddDelivery</c>, as <c>bot/Program.cs</c> adds it), with the business clock
    /// replaced by <paramref name="clock"/> so a test can move time. The nudge scheduler and dispatcher loops are off:
    /// the test runs one planning pass and one dispatch batch itself, as their loops would on their next tick.
    /// </summary>
    public static Task<SlackTestHost> StartRealWithDeliveryAsync(string dbFile, FakeSlackApi api, TimeProvider clock,
        IDictionary<string, string?>? settings = null)
    {
        var config = new Dictionary<string, string?> { ["Nudges:RunScheduler"] = "false", ["Delivery:RunDispatcher"] = "false" };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) config[k] = v;
        return StartAsync(dbFile, api, runWorker: true, config, "Development", builder =>
        {
            builder.AddRecruitBot();
            builder.Services.AddSingleton(clock);
        }, builder => builder.AddDelivery());
    }

    private static async Task<SlackTestHost> StartAsync(string dbFile, FakeSlackApi api, bool runWorker, IDictionary<string, string?>? settings,
        string environment, Action<WebApplicationBuilder> core, Action<WebApplicationBuilder>? afterChannel = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var config = new Dictionary<string, string?>
        {
            ["ConnectionStrings:RecruitBot"] = $"Data Source={dbFile}",
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = "xoxb-test",
            ["Slack:AppId"] = AppId,
            // The hiring manager in these flows is a recruiter of the test workspace (the tenant is closed).
            ["Access:Tenants:" + SlackPayloads.Team + ":Recruiters:0"] = "UMGR",
            ["Slack:ClientId"] = "111.222",
            ["Slack:ClientSecret"] = "client-secret",
            ["Slack:ApiBaseUrl"] = api.BaseUrl,
            ["Slack:RunWorker"] = runWorker.ToString(),
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) config[k] = v;
        builder.Configuration.AddInMemoryCollection(config);
        core(builder);
        builder.AddSlackChannel();
        afterChannel?.Invoke(builder);
        var app = builder.Build();
        await DatabaseMigrator.MigrateAsync(app.Services);
        app.MapSlack();
        await app.StartAsync();
        return new SlackTestHost { App = app, Client = app.GetTestClient() };
    }

    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, int? retryNum = null, DateTimeOffset? at = null)
    {
        var ts = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Content.Headers.ContentType!.CharSet = null;
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(Secret, ts, Encoding.UTF8.GetBytes(body)));
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostEventAsync(string json, int? retryNum = null) =>
        PostSignedAsync("/slack/events", json, "application/json", retryNum);

    public Task<HttpResponseMessage> PostInteractionAsync(string payloadJson) =>
        PostSignedAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(payloadJson), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostCommandAsync(string form) =>
        PostSignedAsync("/slack/commands", form, "application/x-www-form-urlencoded");

    /// <summary>Waits until every event and interaction Slack delivered so far has been processed (none pending in the inbox).</summary>
    public async Task WaitIdleAsync(int timeoutMs = 15000)
    {
        var contexts = App.Services.GetRequiredService<IDbContextFactory<SlackDb>>();
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            await using (var db = await contexts.CreateDbContextAsync())
                if (!await db.Inbox.AnyAsync(i => i.Status == SlackInboxStatus.Pending)) return;
            if (DateTime.UtcNow > until) throw new TimeoutException("The Slack inbox still has pending items.");
            await Task.Delay(20);
        }
    }

    /// <summary>One pass of the nudge scheduler's loop: plan at the business clock's now.</summary>
    public Task<PlanReport> PlanNudgesAsync() =>
        App.Services.GetRequiredService<NudgePlanner>().PlanAsync(App.Services.GetRequiredService<TimeProvider>().GetUtcNow());

    /// <summary>The digest half of the scheduler's pass: plan team-channel digests at the business clock's now.</summary>
    public Task<int> PlanDigestsAsync() =>
        App.Services.GetRequiredService<RecruitBot.Nudges.Digest.DigestPlanner>().PlanAsync(App.Services.GetRequiredService<TimeProvider>().GetUtcNow());

    /// <summary>One batch of the outbox dispatcher's loop.</summary>
    public Task<DispatchReport> DispatchAsync() => App.Services.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
