using System.Buffers.Text;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Cards;
using RecruitBot.Conversation;
using RecruitBot.Conversation.Security;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Isolation;

/// <summary>
/// Presses real cards the wrong way (<see cref="Forgery"/>) and checks each press is refused with the "isn't yours"
/// (or "expired") answer, no card, and not one stored row changed.
/// </summary>
public sealed class IsolationForger
{
    private static readonly Forgery[] Kinds = Enum.GetValues<Forgery>();
    private static readonly string[] Verbs =
    [
        "outcome.confirm", "outcome.cancel", "outcome.edit", "outcome.save", "candidate.show", "candidate.choose", "nudge.contacted",
        "nudge.dnc", "nudge.snooze", "referral.confirm", "referral.consent", "shortlist.reach",
    ];

    public Dictionary<Forgery, int> Refused { get; } = Kinds.ToDictionary(k => k, _ => 0);

    public async Task PressForgedAsync(IsolationRun run, ReceivedCard card, Random rng)
    {
        var kind = Kinds[rng.Next(Kinds.Length)];
        var choice = IsolationScript.Pick(rng, card.Choices);
        var data = new Dictionary<string, string>(choice.Data, StringComparer.Ordinal);
        var (world, user, verb) = (card.World, card.UserId, choice.Verb);
        var reference = data[ActionSigner.DataKey];
        switch (kind)
        {
            case Forgery.OtherTenant:
                world = IsolationRun.Other(card.World);
                break;
            case Forgery.OtherUser:
                user = IsolationScript.Pick(rng, TenantWorld.UserIds.Where(u => u != card.UserId).ToList());
                break;
            case Forgery.Expired:
                data[ActionSigner.DataKey] = ExpiredCopy(run, card, choice);
                break;
            case Forgery.TamperedData:
                Tamper(data, run, rng);
                break;
            case Forgery.TamperedVerb:
                verb = IsolationScript.Pick(rng, Verbs.Where(v => v != choice.Verb).ToList());
                break;
            case Forgery.ReaddressedReference:
                world = IsolationRun.Other(card.World);
                var parts = reference.Split('.');
                parts[1] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(world.TenantId));
                data[ActionSigner.DataKey] = string.Join('.', parts);
                break;
            case Forgery.MissingReference:
                data.Remove(ActionSigner.DataKey);
                break;
        }

        var before = StoreAudit.Digest(run.BotFile);
        var result = await run.TurnAsync(world, user, null,
            new CardActionInvocation(verb, data, IsolationScript.Inputs(verb, world, rng)));
        var expected = kind == Forgery.Expired ? "That card has expired, so nothing was done" : "This card isn't yours";
        var what = $"{run.Op}: {kind} press of {card.World.TenantId}/{card.UserId}'s {card.Card.Template} '{choice.Verb}' as {world.TenantId}/{user} '{verb}'";
        Assert.True(result.Replies.Count == 1 && result.UpdateSourceCard is null && result.Text().StartsWith(expected, StringComparison.Ordinal),
            $"{what} was not refused: {TurnAssert.Describe(result)}");
        Assert.True(before == StoreAudit.Digest(run.BotFile), $"{what} was refused but changed the store");
        Refused[kind]++;
    }

    /// <summary>The same card as if it had been signed long enough ago to have expired (the real key, a past expiry).</summary>
    private static string ExpiredCopy(IsolationRun run, ReceivedCard card, CardChoice choice)
    {
        var key = run.Services.GetRequiredService<IActionKeySource>().Key;
        var clean = choice.Data.Where(kv => kv.Key != ActionSigner.DataKey).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return ActionReference.Sign(key, card.World.TenantId, card.UserId, DateTimeOffset.UtcNow.AddMinutes(-5), choice.Verb, clean);
    }

    /// <summary>Edits one value, preferring an id seen on the other tenant's cards: the forged press an attacker would try.</summary>
    private static void Tamper(Dictionary<string, string> data, IsolationRun run, Random rng)
    {
        var keys = data.Keys.Where(k => k != ActionSigner.DataKey).ToList();
        var key = keys.Count > 0 ? IsolationScript.Pick(rng, keys) : "candidateId";
        var foreign = run.Pool.SelectMany(c => c.Choices).SelectMany(c => c.Data)
            .Where(kv => kv.Key == key && (!data.TryGetValue(key, out var mine) || kv.Value != mine)).Select(kv => kv.Value).ToList();
        data[key] = foreign.Count > 0 ? IsolationScript.Pick(rng, foreign) : Guid.NewGuid().ToString();
    }
}
