using RecruitBot.Channels.Slack;
using RecruitBot.Channels.Teams;
using RecruitBot.Hosting;
using RecruitBot.Hosting.Cli;
using RecruitBot.Hosting.Security;

// A CLI verb (chat, understand, cards export, teams-package, slack-manifest) runs and exits.
if (await Commands.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.AddRecruitBot();
builder.AddTeamsChannel();
builder.AddSlackChannel();
builder.AddDelivery();
builder.AddRecruitBotSecurity();

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.UseRecruitBotSecurity();
app.MapHealth();
app.MapTeams();
app.MapSlack();
await app.RunAsync();
return 0;
