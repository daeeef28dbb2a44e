using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using RecruitBot.Hosting.Storage;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Bench.Referrals;

/// <summary>
/// A realistic past-candidate pool in one tenant: 100,000 candidates over 4 years, 1–2 outcomes each, across roles
/// from 40 job families at several levels ("Data Engineer", "Senior Data Engineer", "Data Engineer II", …).
/// Seeded once into a SQLite file through the real migrations and model.
/// </summary>
public static class RediscoveryPool
{
    public const string Tenant = "bench";
    public static readonly DateTime Now = new(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Families =
    [
        "Data Engineer", "Backend Engineer", "Frontend Engineer", "Software Engineer", "Site Reliability Engineer", "QA Engineer",
        "Data Scientist", "Product Manager", "Product Designer", "UX Researcher", "Security Engineer", "Mobile Engineer",
        "Machine Learning Engineer", "Data Analyst", "Engineering Manager", "Technical Writer", "Solutions Architect",
        "Support Engineer", "Sales Engineer", "Account Executive", "Recruiter", "Finance Analyst", "Marketing Manager",
        "Content Designer", "DevOps Engineer", "Platform Engineer", "Data Platform Engineer", "Analytics Engineer",
        "Database Administrator", "Network Engineer", "Embedded Engineer", "Game Developer", "iOS Developer",
        "Android Developer", "Customer Success Manager", "Office Manager", "Legal Counsel", "HR Business Partner",
        "Program Manager", "Business Analyst",
    ];

    private static readonly string[] Levels = ["", "Senior ", "Staff ", "Junior ", "Lead ", "Principal "];
    private static readonly string[] Suffixes = ["", " II", " III"];

    public static RecruitingDbFactory Open(string file)
    {
        var b = new DbContextOptionsBuilder<RecruitingDb>();
        DatabaseSetup.Configure(b, new DatabaseOptions(), $"Data Source={file}", RecruitingDb.HistoryTable);
        return new RecruitingDbFactory(new PooledDbContextFactory<RecruitingDb>(b.Options));
    }

    public static async Task SeedAsync(RecruitingDbFactory dbs, int candidates, int seed = 42)
    {
        var rng = new Random(seed);
        await using (var db = dbs.For(Tenant)) await db.Database.MigrateAsync();
        var roles = new List<Role>();
        foreach (var family in Families)
            foreach (var level in Levels)
                foreach (var suffix in Suffixes)
                {
                    var title = level + family + suffix;
                    roles.Add(new Role { TenantId = Tenant, Title = title, NormalizedTitle = NameNormalizer.Title(title), CreatedAtUtc = Now.AddYears(-5) });
                }
        await using (var db = dbs.For(Tenant))
        {
            db.Roles.AddRange(roles);
            await db.SaveChangesAsync();
        }

        const int batch = 10_000;
        for (var start = 0; start < candidates; start += batch)
        {
            await using var db = dbs.For(Tenant);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(candidates, start + batch); i++)
            {
                var name = $"Candidate {i:D6}";
                var c = new Candidate
                {
                    TenantId = Tenant, DisplayName = name, NormalizedName = NameNormalizer.Name(name), Email = $"c{i}@example.com",
                    DoNotContact = rng.NextDouble() < 0.02, CreatedAtUtc = Now.AddDays(-rng.Next(1, 1500)),
                };
                db.Candidates.Add(c);
                var events = rng.NextDouble() < 0.3 ? 2 : 1;
                var at = c.CreatedAtUtc;
                for (var e = 0; e < events; e++)
                {
                    at = at.AddDays(rng.Next(1, 200));
                    if (at > Now) at = Now.AddHours(-rng.Next(1, 500));
                    db.OutcomeEvents.Add(new OutcomeEvent
                    {
                        TenantId = Tenant, CandidateId = c.Id, RoleId = roles[rng.Next(roles.Count)].Id, Outcome = PickOutcome(rng),
                        ReasonCategory = (ReasonCategory)rng.Next(7), ReasonText = rng.NextDouble() < 0.3 ? "strong SQL, weak on system design" : "good communicator",
                        NextContactWhy = "bench", LoggedByUserId = "rec-1", LoggedAtUtc = at,
                    });
                }
            }
            await db.SaveChangesAsync();
        }
    }

    private static Outcome PickOutcome(Random rng) => rng.NextDouble() switch
    {
        < 0.45 => Outcome.Rejected,
        < 0.62 => Outcome.RunnerUp,
        < 0.70 => Outcome.DeclinedOffer,
        < 0.80 => Outcome.Withdrew,
        < 0.88 => Outcome.Hired,
        _ => Outcome.OnHold,
    };
}
