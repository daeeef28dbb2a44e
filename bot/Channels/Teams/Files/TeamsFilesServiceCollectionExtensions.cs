using Microsoft.Extensions.DependencyInjection.Extensions;
using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Channels.Teams.Files;

/// <summary>Registers file delivery for the Teams channel; called from <c>AddTeamsChannel</c>.</summary>
public static class TeamsFilesServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsFiles(this IServiceCollection services)
    {
        // Expiry runs on the real clock, whatever business clock the host registers.
        services.TryAddSingleton(_ => new PendingTeamsFiles(TimeProvider.System));
        services.AddSingleton<IErasureParticipant>(sp => sp.GetRequiredService<PendingTeamsFiles>());
        services.TryAddSingleton<TeamsFileOffers>();
        services.AddHttpClient<TeamsFileUploadClient>(c => c.Timeout = TimeSpan.FromSeconds(60));
        services.TryAddTransient<TeamsFileConsentHandler>();
        return services;
    }
}
