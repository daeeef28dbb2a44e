using RecruitBot.Channels.Slack;
using RecruitBot.Channels.Teams;
using RecruitBot.Hosting;
using RecruitBot.Hosting.Cli;

// A CLI verb (chat, understand, cards export, teams-package, slack-manifest) runs and exits.
if (await Commands.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.AddRecruitBot();
builder.AddTeamsChannel();
builder.AddSlackChannel();
builder.AddDelivery();

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.MapHealth();
app.MapTeams();
app.MapSlack();
await app.RunAsync();
return 0;
