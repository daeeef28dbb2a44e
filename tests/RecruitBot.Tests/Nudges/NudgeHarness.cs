using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges;

/// <summary>
/// <see cref="BotHarness"/> set up for nudge transcripts: a recruiter in a Teams DM of tenant t1, the scheduler off so
/// tests plan and dispatch themselves, and tenants open (roles are tested in AccessTranscriptTests).
/// </summary>
public static class NudgeHarness
{
    public static async Task<BotHarness> StartAsync(string now = "2025-11-18T09:00:00Z", IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Access:OpenTenants:0"] = "local", ["Access:OpenTenants:1"] = "t1", ["Access:OpenTenants:2"] = "t2",
            ["Nudges:RunScheduler"] = "false",
        };
        foreach (var kv in settings ?? new Dictionary<string, string?>()) all[kv.Key] = kv.Value;
        var bot = await BotHarness.StartAsync(now, all);
        bot.Tenant = "t1";
        bot.User = "rec-1";
        bot.UserName = "Dana Recruiter";
        bot.Conversation = "dm-1";
        bot.Channel = "msteams";
        return bot;
    }
}
