using System.Text.RegularExpressions;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Access;

namespace RecruitBot.Conversation;

/// <summary>
/// Admin commands: "make @Dana a recruiter", "make @Dana hiring manager for QA Lead", "remove @Dana as recruiter",
/// "who has access", "my role". Only admins change roles; anyone may ask what they themselves can do.
/// </summary>
public sealed partial class AccessFeature(AccessService access, MemberDirectory members) : IConversationFeature
{
    public IEnumerable<(string Command, string Description)> Help =>
    [
        ("make @Dana a recruiter · make @Dana hiring manager for QA Lead", "admins: grant a role"),
        ("remove @Dana as recruiter · who has access · my role", "admins: revoke a role; see who can do what"),
    ];

    public Task<TurnResult?> TryHandleActionAsync(Turn turn, CardActionInvocation action, CancellationToken cancellationToken) =>
        Task.FromResult<TurnResult?>(null);

    public async Task<TurnResult?> TryHandleTextAsync(Turn t, string text, CancellationToken ct)
    {
        if (MyRole().IsMatch(text))
        {
            var mine = (await access.RolesOfAsync(t.TenantId, t.UserId, ct)).Where(r => r != TenantRole.Colleague).ToList();
            var titles = await access.OwnedRoleTitlesAsync(t.TenantId, t.UserId, ct);
            var desc = mine.Count == 0 ? "a colleague: you can refer people and see your own referrals" : string.Join(", ", mine.Select(Name));
            return Say($"You are {desc}." + (titles.Count > 0 ? $" Hiring manager for: {string.Join(", ", titles)}." : ""));
        }
        var grant = Grant().Match(text);
        var revoke = grant.Success ? Match.Empty : Revoke().Match(text);
        var list = WhoHasAccess().IsMatch(text);
        if (!grant.Success && !revoke.Success && !list) return null;

        var decision = await access.CheckAsync(t.TenantId, t.UserId, Permission.Manage, ct: ct);
        if (!decision.Allowed) return Say(decision.Reason!);

        if (list)
        {
            var grants = await access.GrantsAsync(t.TenantId, ct);
            return Say(grants.Count == 0
                ? "Nobody has a role yet besides configured admins."
                : string.Join("\n", grants.GroupBy(g => g.Role).Select(g => $"{Name(g.Key)}: {string.Join(", ", g.Select(x => x.UserId))}")));
        }

        var m = grant.Success ? grant : revoke;
        var who = await ResolveAsync(t, m.Groups["who"].Value, ct);
        if (who is null)
            return Say($"I don't know {m.Groups["who"].Value.Trim()} yet. @-mention them, or ask them to say hi to me first, then try again.");
        var role = ParseRole(m.Groups["role"].Value);
        if (grant.Success)
        {
            var title = grant.Groups["title"].Success ? grant.Groups["title"].Value.Trim() : null;
            if (role == TenantRole.HiringManager && string.IsNullOrWhiteSpace(title))
                return Say("Which role will they hire for? e.g. \"make @Dana hiring manager for QA Lead\".");
            await access.GrantAsync(t.TenantId, who.Id, role, t.UserId, t.NowUtc, title, ct);
            return Say($"Done: {who.Name ?? who.Id} is now {Article(role)} {Name(role)}" + (title is null ? "." : $" for {title}."));
        }
        return Say(await access.RevokeAsync(t.TenantId, who.Id, role, ct)
            ? $"Done: {who.Name ?? who.Id} is no longer {Article(role)} {Name(role)}."
            : $"{who.Name ?? who.Id} wasn't {Article(role)} {Name(role)}.");
    }

    /// <summary>The channel's own mention if it gave one; otherwise a member by id or by display name.</summary>
    private async Task<UserRef?> ResolveAsync(Turn t, string who, CancellationToken ct)
    {
        var name = who.Trim().TrimStart('@').Trim();
        var mentioned = t.Message.Mentions.Where(u => Same(u.Name, name) || Same(u.Id, name)).ToList();
        if (mentioned.Count == 1) return mentioned[0];
        if (t.Message.Mentions.Count == 1) return t.Message.Mentions[0];
        var known = (await members.AllAsync(t.TenantId, ct))
            .Where(mb => Same(mb.UserId, name) || Same(mb.DisplayName, name) || Same(mb.DisplayName?.Split(' ')[0], name))
            .GroupBy(mb => mb.UserId).Select(g => g.First()).ToList();
        return known.Count == 1 ? new UserRef(known[0].UserId, known[0].DisplayName) : null;
    }

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);

    private static TenantRole ParseRole(string text) => text.ToLowerInvariant() switch
    {
        var s when s.Contains("admin") => TenantRole.Admin,
        var s when s.Contains("hiring") || s.Contains("hm") => TenantRole.HiringManager,
        _ => TenantRole.Recruiter,
    };

    private static string Name(TenantRole role) => role switch
    {
        TenantRole.HiringManager => "hiring manager",
        _ => role.ToString().ToLowerInvariant(),
    };

    private static string Article(TenantRole role) => role == TenantRole.Admin ? "an" : "a";

    private static TurnResult Say(string text) => TurnResult.Say(new TextReply(text));

    [GeneratedRegex(@"^(make|add)\s+(?<who>@?[^\n]+?)\s+(an?\s+)?(?<role>admin|recruiter|hiring[ -]manager|hm)(\s+(for|of)\s+(the\s+)?(?<title>[^\n]+?)(\s+role)?)?[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grant();

    [GeneratedRegex(@"^(remove|revoke)\s+(?<who>@?[^\n]+?)\s+(as|from)\s+(an?\s+)?(?<role>admin|recruiter|hiring[ -]manager|hm)[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Revoke();

    [GeneratedRegex(@"^(who has access|list roles|roles|who are the (admins|recruiters))[\s?!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoHasAccess();

    [GeneratedRegex(@"^(my role|what('s| is) my role|what can i do)[\s?!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MyRole();
}
