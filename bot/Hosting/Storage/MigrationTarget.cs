using Microsoft.EntityFrameworkCore;

namespace RecruitBot.Hosting.Storage;

/// <summary>A DbContext whose migrations run at start-up. Channels register their own next to the core's.</summary>
public sealed record MigrationTarget(string Name, Func<IServiceProvider, DbContext> Create);
