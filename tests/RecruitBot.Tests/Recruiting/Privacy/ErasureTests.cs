using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Conversation;
using RecruitBot.Nudges;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Recruiting.Privacy;

/// <summary>"forget" erases a person everywhere, down to the bytes of the SQLite file; "export" first holds it all.</summary>
public sealed class ErasureTests
{
    private static readonly string[] Traces = ["Priya Shah", "priya shah", "PRIYA SHAH", "priya.shah@example.com"];

    [Fact]
    public async Task Forget_CandidateWithNotesReferralAndPendingNudge_ExportHadItAllAndNoBytesRemain()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync("Priya Shah was runner-up for QA Lead, priya.shah@example.com, can't relocate, check back tomorrow");
        await bot.SayAsync("yes");
        // A message naming two people: Tom's provenance mentions Priya and must lose her name, not his record.
        await bot.SayAsync("Tom Lee was rejected for QA Lead, weak on testing. Priya Shah on hold for Data Engineer");
        await bot.SayAsync("yes");
        var priya = (await bot.Services.GetRequiredService<CandidateDirectory>().FindExactAsync("local", "Priya Shah")).Single();
        await SeedNoteAndNudgeAsync(bot, priya.Id);
        await bot.SayAsync("refer Priya Shah for Backend Engineer, priya.shah@example.com, we worked together at Contoso, because she is great at testing");
        var consent = await bot.SayAsync("not yet");
        if (consent.Replies.OfType<CardReply>().FirstOrDefault(c => c.Template == "referral-confirm") is { } referral)
            await bot.PressAsync(referral, "referral.confirm");

        var json = Encoding.UTF8.GetString((await bot.SayAsync("export Priya Shah")).File().Content);
        foreach (var item in new[] { "OutcomeEvents", "Notes", "Referrals", "Called Priya", "priya.shah@example.com", "can't relocate", "Outbox" })
            Assert.Contains(item, json);

        Assert.Contains("yes, forget Priya Shah", (await bot.SayAsync("forget Priya Shah")).Text());
        Assert.Contains("erased", (await bot.SayAsync("yes, forget Priya Shah")).Text());

        Assert.Contains("don't know anyone called", (await bot.SayAsync("show Priya Shah")).Text());
        Assert.Single((await bot.SayAsync("show Tom Lee")).Card("timeline").Items("entries"));
        await bot.DisposeAsync();

        foreach (var path in new[] { bot.File, bot.File + "-wal" }.Where(File.Exists))
        {
            var bytes = await File.ReadAllBytesAsync(path);
            foreach (var trace in Traces)
            {
                Assert.True(IndexOf(bytes, Encoding.UTF8.GetBytes(trace)) < 0, $"'{trace}' still in {Path.GetFileName(path)} (UTF-8)");
                Assert.True(IndexOf(bytes, Encoding.Unicode.GetBytes(trace)) < 0, $"'{trace}' still in {Path.GetFileName(path)} (UTF-16)");
            }
        }
    }

    private static async Task SeedNoteAndNudgeAsync(BotHarness bot, Guid candidateId)
    {
        await using var db = bot.Services.GetRequiredService<RecruitingDbFactory>().For("local");
        db.Notes.Add(new TimelineNote { TenantId = "local", CandidateId = candidateId, Kind = NoteKind.Contact, Text = "Called Priya, still can't relocate", ByUserId = bot.User, AtUtc = DateTime.UtcNow });
        await Outbox.EnqueueAsync(db, "nudge", "nudge:terminal:hm-1:2025-11-19", "terminal", "user:hm-1",
            CardViews.Notice("Due today", "Priya Shah (priya.shah@example.com) is due for a check-in"), DateTime.UtcNow);
        await db.SaveChangesAsync();
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            var j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j]) j++;
            if (j == needle.Length) return i;
        }
        return -1;
    }
}
