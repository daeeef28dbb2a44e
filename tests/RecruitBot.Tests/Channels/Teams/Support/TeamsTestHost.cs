using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RecruitBot.Channels.Teams;
using RecruitBot.Conversation;
using RecruitBot.Hosting.Storage;

namespace RecruitBot.Tests.Channels.Teams.Support;

/// <summary>The Teams channel alone on real Kestrel (127.0.0.1), with a fake engine and a throwaway SQLite file.</summary>
public sealed class TeamsTestHost : IAsyncDisposable
{
    public WebApplication App { get; }
    public HttpClient Client { get; }
    public FakeEngine Engine { get; }

    private TeamsTestHost(WebApplication app, HttpClient client, FakeEngine engine)
    {
        App = app;
        Client = client;
        Engine = engine;
    }

    public static async Task<TeamsTestHost> StartAsync(string metadataUrl, IDictionary<string, string?>? extra = null, string environment = "Development")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = LocalBotFrameworkIssuer.AppId,
            ["Teams:OpenIdMetadataUrl"] = metadataUrl,
            ["Teams:InlineBudget"] = "00:00:01",
            ["Teams:ConnectorRetryBaseDelay"] = "00:00:00.010",
            ["ConnectionStrings:RecruitBot"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"recruitbot-teams-{Guid.NewGuid():N}.db")}",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>()) settings[k] = v;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddTeamsChannel();
        var engine = new FakeEngine();
        builder.Services.AddSingleton<IConversationEngine>(engine);
        var app = builder.Build();
        await DatabaseMigrator.MigrateAsync(app.Services);
        app.MapTeams();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TeamsTestHost(app, new HttpClient { BaseAddress = new Uri(address) }, engine);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
