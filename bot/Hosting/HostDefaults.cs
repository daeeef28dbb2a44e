using Microsoft.Extensions.Logging.Console;

namespace RecruitBot.Hosting;

/// <summary>Logging set-up shared by the web host and the CLI verbs.</summary>
public static class HostDefaults
{
    /// <summary>
    /// CLI verbs are local tools, so they run as Development unless an environment is set explicitly; the web host
    /// keeps .NET's Production default, where development-only switches (RECRUITBOT_NOW, auth off) are refused.
    /// </summary>
    public static HostApplicationBuilderSettings CliSettings(string[] args) => new()
    {
        Args = args,
        EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environments.Development,
    };

    /// <summary>
    /// Every log line goes to stderr, so stdout carries only the conversation (chat) or the JSONL (understand).
    /// Framework chatter is kept to warnings unless configuration asks for more.
    /// </summary>
    public static void LogToStandardError(ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (configuration["Logging:LogLevel:Default"] is null) logging.SetMinimumLevel(LogLevel.Warning);
    }
}
