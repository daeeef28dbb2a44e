using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RecruitBot.Channels.Slack;
using RecruitBot.Channels.Slack.Security;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Channels.Teams;
using RecruitBot.Hosting;
using RecruitBot.Hosting.Security;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Channels.Teams.Support;
using RecruitBot.Tests.Logging;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Hosting.Security.Support;

/// <summary>
/// The web host as Program.cs composes it (core, Teams, Slack, security) on Kestrel at 127.0.0.1, with the real engine
/// over a temp SQLite file, a local Bot Framework issuer, a fake Bot Connector, a fake Slack API and captured logs.
/// </summary>
public sealed class FullBotHost : IAsyncDisposable
{
    public const string SlackSecret = SlackTestHost.Secret;

    public required WebApplication App { get; init; }
    public required HttpClient Client { get; init; }
    public required LocalBotFrameworkIssuer Issuer { get; init; }
    public required FakeConnector Connector { get; init; }
    public required FakeSlackApi SlackApi { get; init; }
    public required CapturingLoggerProvider Logs { get; init; }
    public required string DbFile { get; init; }

    /// <summary>Composes the host exactly as Program.cs does, plus the hardening lines; used by start-up failure tests too.</summary>
    public static WebApplication Build(IDictionary<string, string?> settings, string environment, ILoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        if (logs is not null) builder.Logging.AddProvider(logs);
        builder.AddRecruitBot();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddTeamsChannel();
        builder.AddSlackChannel();
        builder.AddDelivery();
        builder.AddRecruitBotSecurity();
        var app = builder.Build();
        app.UseRecruitBotSecurity();
        app.MapHealth();
        app.MapTeams();
        app.MapSlack();
        return app;
    }

    public static async Task<FullBotHost> StartAsync(IDictionary<string, string?>? extra = null)
    {
        var issuer = await LocalBotFrameworkIssuer.StartAsync();
        var connector = await FakeConnector.StartAsync();
        var slack = await FakeSlackApi.StartAsync();
        var file = SqliteSchema.NewFile();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:RecruitBot"] = $"Data Source={file}",
            ["MicrosoftAppId"] = LocalBotFrameworkIssuer.AppId,
            ["Teams:OpenIdMetadataUrl"] = issuer.MetadataUrl,
            ["Teams:InlineBudget"] = "00:00:02",
            ["Teams:ConnectorRetryBaseDelay"] = "00:00:00.010",
            ["Slack:SigningSecret"] = SlackSecret,
            ["Slack:BotToken"] = "xoxb-test",
            ["Slack:AppId"] = SlackTestHost.AppId,
            ["Slack:ApiBaseUrl"] = slack.BaseUrl,
            ["Access:OpenTenants:0"] = "local",
            ["Access:OpenTenants:1"] = Activities.Tenant,
            ["Access:OpenTenants:2"] = SlackPayloads.Team,
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>()) settings[k] = v;
        var logs = new CapturingLoggerProvider();
        var app = Build(settings, "Development", logs);
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FullBotHost
        {
            App = app, Client = new HttpClient { BaseAddress = new Uri(address) }, Issuer = issuer, Connector = connector,
            SlackApi = slack, Logs = logs, DbFile = file,
        };
    }

    public string TeamsToken() =>
        Issuer.Mint(d => d.Claims = new Dictionary<string, object> { ["serviceurl"] = Connector.ServiceUrl });

    public Task<HttpResponseMessage> PostTeamsAsync(string body, string token, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TeamsChannelExtensions.MessagesRoute) { Content = Content(body, contentType) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostSlackAsync(string path, string body, string contentType)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Content(body, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(SlackSecret, ts, Encoding.UTF8.GetBytes(body)));
        return Client.SendAsync(request);
    }

    /// <summary>Waits until the Slack inbox has nothing pending and no Teams turn runs in the background.</summary>
    public async Task WaitIdleAsync(int timeoutMs = 60000)
    {
        var background = App.Services.GetRequiredService<BackgroundTurns>();
        var dbs = App.Services.GetRequiredService<IDbContextFactory<SlackDb>>();
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < until)
        {
            await using var db = await dbs.CreateDbContextAsync();
            var pending = await db.Inbox.CountAsync(x => x.Status == SlackInboxStatus.Pending && x.Attempts == 0);
            if (pending == 0 && background.Count == 0) return;
            await Task.Delay(50);
        }
        throw new TimeoutException("Background work did not drain.");
    }

    private static ByteArrayContent Content(string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (MediaTypeHeaderValue.TryParse(contentType, out var type)) content.Headers.ContentType = type;
        else content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await SlackApi.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
