using System.Text;
using System.Text.RegularExpressions;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Access;
using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Conversation;

/// <summary>
/// Candidate privacy in chat: "forget Priya Shah" (confirmed by "yes, forget Priya Shah"), "export Priya Shah",
/// and "audit log" for admins. Forget and export are for recruiters and admins.
/// </summary>
public sealed partial class PrivacyFeature(
    CandidateDirectory directory, CandidateErasure erasure, CandidateExport export, AuditLog audit, AccessService access)
    : IConversationFeature
{
    public IEnumerable<(string Command, string Description)> Help =>
    [
        ("forget Priya Shah · export Priya Shah", "erase everything about a person (asks first), or get it as a JSON file"),
        ("audit log", "admins: who viewed, changed, exported or erased candidate data"),
    ];

    public Task<TurnResult?> TryHandleActionAsync(Turn turn, CardActionInvocation action, CancellationToken cancellationToken) =>
        Task.FromResult<TurnResult?>(null);

    public async Task<TurnResult?> TryHandleTextAsync(Turn t, string text, CancellationToken ct)
    {
        if (AuditCommand().IsMatch(text))
        {
            var manage = await access.CheckAsync(t.TenantId, t.UserId, Permission.Manage, ct: ct);
            if (!manage.Allowed) return Say(manage.Reason!);
            var entries = await audit.RecentAsync(t.TenantId, 30, ct);
            return Say(entries.Count == 0 ? "The audit log is empty." :
                string.Join("\n", entries.Select(e => $"{e.AtUtc:yyyy-MM-dd HH:mm} {e.ActorUserId} {e.Action} candidate {e.Subject}")));
        }
        var confirm = ConfirmForget().Match(text);
        var forget = confirm.Success ? Match.Empty : Forget().Match(text);
        var exportMatch = confirm.Success || forget.Success ? Match.Empty : Export().Match(text);
        if (!confirm.Success && !forget.Success && !exportMatch.Success) return null;

        if (!await MayHandlePersonalDataAsync(t, ct))
            return Say($"Only recruiters and admins can erase or export a candidate's data. Ask an admin ({await access.AdminsAsync(t.TenantId, ct)}).");
        var name = (confirm.Success ? confirm : forget.Success ? forget : exportMatch).Groups["name"].Value.Trim();
        var matches = await directory.FindExactAsync(t.TenantId, name, ct);
        if (matches.Count == 0) return Say($"I don't hold anyone called \"{name}\", so there is nothing to {(exportMatch.Success ? "export" : "erase")}.");
        if (matches.Count > 1)
            return Say($"I know {matches.Count} people called {name}. Tell me which by email, e.g. \"{(exportMatch.Success ? "export" : "forget")} {matches.First(m => m.Email is not null || true).Email ?? name}\".");
        var person = matches[0];

        if (forget.Success)
            return Say($"This erases everything I hold about {person.Name}: the candidate record, outcomes, notes, contacts, referrals about them, pending messages and the text of messages that named them. It can't be undone. Reply \"yes, forget {person.Name}\" to go ahead.");
        if (confirm.Success)
        {
            await erasure.EraseAsync(t.TenantId, person.Id, t.UserId, t.NowUtc, ct);
            return Say($"Done. Everything about {person.Name} is erased; only an audit entry without personal data remains.");
        }

        // The JSON goes to the requester as a file; each channel delivers it and keeps no copy beyond delivery.
        var json = await export.ExportAsync(t.TenantId, person.Id, t.UserId, t.NowUtc, ct);
        return TurnResult.Say(new FileReply(ExportFileName(person.Id, t.NowUtc), "application/json", Encoding.UTF8.GetBytes(json),
            $"Everything I hold about {person.Name}, as JSON."));
    }

    /// <summary>Named by id, not name: the file name outlives the content in upload logs and recent-files lists.</summary>
    public static string ExportFileName(Guid candidateId, DateTime nowUtc) => $"export-{candidateId:N}-{nowUtc:yyyyMMddHHmmss}.json";

    private async Task<bool> MayHandlePersonalDataAsync(Turn t, CancellationToken ct)
    {
        var roles = await access.RolesOfAsync(t.TenantId, t.UserId, ct);
        return roles.Contains(TenantRole.Recruiter) || roles.Contains(TenantRole.Admin);
    }

    private static TurnResult Say(string text) => TurnResult.Say(new TextReply(text));

    [GeneratedRegex(@"^yes,?\s+forget\s+(?<name>[^\n]{2,120}?)[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConfirmForget();

    [GeneratedRegex(@"^(forget|erase|delete all data (of|for|about))\s+(?<name>[^\n]{2,120}?)[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Forget();

    [GeneratedRegex(@"^export\s+(?<name>[^\n]{2,120}?)[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Export();

    [GeneratedRegex(@"^(audit log|show (the )?audit log|audit)[\s?!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuditCommand();
}
