namespace RecruitBot.Tests.Support;

/// <summary>
/// A fact that needs PostgreSQL: skipped unless <c>RECRUITBOT_TEST_POSTGRES</c> holds a connection string
/// (.ci/postgres.sh starts a throwaway server and sets it), so plain <c>dotnet test</c> stays green without one.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresDatabase.ServerConnectionString is null)
            Skip = $"Set {PostgresDatabase.Variable} to run PostgreSQL tests (.ci/postgres.sh does).";
    }
}
