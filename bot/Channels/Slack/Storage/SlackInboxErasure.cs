using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Channels.Slack.Storage;

/// <summary>
/// Erasure for the Slack inbox, whose raw request payloads hold whatever people typed and whatever cards showed, so a
/// forgotten person's name or email can sit there verbatim. Pending rows that mention them are deleted (handling one
/// later would write the person back); handled rows keep their dedupe key but lose payload and error text, so a late
/// Slack retry of that delivery is still recognised and ignored. Runs before the store's secure-delete vacuum.
/// </summary>
public sealed class SlackInboxErasure(IDbContextFactory<SlackDb> dbs) : IErasureParticipant
{
    /// <summary>What an erased handled row's payload becomes: valid JSON that names no one.</summary>
    public const string ErasedPayload = "{}";

    // An explicit escape character: PostgreSQL's LIKE otherwise treats the backslashes of JSON escapes as escapes.
    private const string Escape = "!";

    public async Task<int> EraseAsync(string tenantId, IReadOnlyList<string> terms, CancellationToken ct)
    {
        var patterns = Patterns(terms);
        if (patterns.Count == 0) return 0;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var erased = 0;
        foreach (var like in patterns)
        {
            var mentioning = db.Inbox.Where(x => x.TenantId == tenantId
                && (EF.Functions.Like(x.Payload.ToLower(), like, Escape) || (x.LastError != null && EF.Functions.Like(x.LastError.ToLower(), like, Escape))));
            erased += await mentioning.Where(x => x.Status == SlackInboxStatus.Pending).ExecuteDeleteAsync(ct);
            erased += await mentioning.Where(x => x.Status != SlackInboxStatus.Pending).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Payload, ErasedPayload)
                .SetProperty(x => x.LastError, (string?)null), ct);
        }
        return erased;
    }

    /// <summary>
    /// LIKE patterns for every spelling a stored payload may carry: plain text, JSON with non-ASCII as \u escapes (how
    /// we serialise command forms), and Slack's own JSON, which escapes '/' (URLs). Lowered both fully and ASCII-only,
    /// since PostgreSQL's lower() folds all letters and SQLite's only ASCII ones.
    /// </summary>
    public static IReadOnlyList<string> Patterns(IEnumerable<string> terms) =>
        terms.Where(t => t.Trim().Length >= 3)
            .SelectMany(t => new[]
            {
                t, JsonEncodedText.Encode(t).ToString(), JsonEncodedText.Encode(t, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
                t.Replace("/", "\\/", StringComparison.Ordinal),
            })
            .SelectMany(s => new[] { s.ToLowerInvariant(), AsciiLower(s) })
            .Select(s => "%" + s.Replace("!", "!!", StringComparison.Ordinal).Replace("%", "!%", StringComparison.Ordinal).Replace("_", "!_", StringComparison.Ordinal) + "%")
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string AsciiLower(string s) => string.Create(s.Length, s, (span, src) =>
    {
        for (var i = 0; i < src.Length; i++) span[i] = src[i] is >= 'A' and <= 'Z' ? (char)(src[i] + 32) : src[i];
    });
}
