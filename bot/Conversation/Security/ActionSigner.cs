using Microsoft.Extensions.Options;

namespace RecruitBot.Conversation.Security;

/// <summary>
/// Signs card actions for their audience and checks them when pressed. The reference travels inside the action's
/// data under <see cref="DataKey"/>, which every channel's wire format carries back unchanged. Expiry is a security
/// check, so it uses the real clock, never the business clock.
/// </summary>
public sealed class ActionSigner(IActionKeySource keys, IOptions<ActionSigningOptions> options)
{
    public const string DataKey = "_ref";

    public IReadOnlyDictionary<string, string> Sign(ActionAudience audience, string verb, IReadOnlyDictionary<string, string> data)
    {
        var clean = Without(data);
        var reference = ActionReference.Sign(keys.Key, audience.TenantId, audience.UserId,
            TimeProvider.System.GetUtcNow() + options.Value.ActionTtl, verb, clean);
        return new Dictionary<string, string>(clean, StringComparer.Ordinal) { [DataKey] = reference };
    }

    /// <summary>Checks the pressed action and returns it without the reference, ready for the handlers.</summary>
    public (ActionReferenceCheck Check, CardActionInvocation Action) Verify(CardActionInvocation action, string tenantId, string userId)
    {
        var reference = action.Get(DataKey);
        var clean = action with { Data = Without(action.Data) };
        return (ActionReference.Verify(keys.Key, reference, tenantId, userId, TimeProvider.System.GetUtcNow(), action.Verb, clean.Data), clean);
    }

    private static IReadOnlyDictionary<string, string> Without(IReadOnlyDictionary<string, string> data) =>
        data.ContainsKey(DataKey) ? data.Where(kv => kv.Key != DataKey).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal) : data;
}
