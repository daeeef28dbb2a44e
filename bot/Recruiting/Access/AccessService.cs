using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Access;

/// <summary>Reads and changes who holds which role in a tenant, and answers "may this person do that?".</summary>
public sealed class AccessService(RecruitingDbFactory dbs, IOptions<AccessOptions> options)
{
    public bool IsOpen(string tenantId) => options.Value.OpenTenants.Contains(tenantId);

    /// <summary>Asked several times a turn (engine, features, checks), so the turn's <see cref="TurnCache"/> keeps the answer.</summary>
    public async Task<IReadOnlySet<TenantRole>> RolesOfAsync(string tenantId, string userId, CancellationToken ct = default)
    {
        var cache = TurnCache.Current;
        if (cache?.Roles(tenantId, userId) is { } known) return known;
        var roles = await ReadRolesAsync(tenantId, userId, ct);
        cache?.RememberRoles(tenantId, userId, roles);
        return roles;
    }

    private async Task<IReadOnlySet<TenantRole>> ReadRolesAsync(string tenantId, string userId, CancellationToken ct)
    {
        var roles = new HashSet<TenantRole> { TenantRole.Colleague };
        if (IsOpen(tenantId))
        {
            roles.UnionWith([TenantRole.Admin, TenantRole.Recruiter, TenantRole.HiringManager]);
            return roles;
        }
        if (options.Value.Tenants.TryGetValue(tenantId, out var configured))
        {
            if (configured.Admins.Contains(userId)) roles.Add(TenantRole.Admin);
            if (configured.Recruiters.Contains(userId)) roles.Add(TenantRole.Recruiter);
        }
        await using var db = dbs.For(tenantId);
        roles.UnionWith(await db.Set<RoleGrant>().Where(g => g.UserId == userId).Select(g => g.Role).ToListAsync(ct));
        return roles;
    }

    /// <summary>Decides a permission; for hiring managers, <paramref name="roleTitle"/> must be a role they own.</summary>
    public async Task<AccessDecision> CheckAsync(string tenantId, string userId, Permission permission, string? roleTitle = null, CancellationToken ct = default)
    {
        var roles = await RolesOfAsync(tenantId, userId, ct);
        var owns = roles.Contains(TenantRole.HiringManager) && roleTitle is not null
            && (await OwnedRoleTitlesAsync(tenantId, userId, ct)).Contains(NameNormalizer.Title(roleTitle));
        if (AccessPolicy.Allows(permission, roles, owns)) return AccessDecision.Allow;
        return AccessPolicy.Decide(permission, roles, owns, await AdminsAsync(tenantId, ct));
    }

    /// <summary>Normalised titles of the roles this person is hiring manager for.</summary>
    public async Task<IReadOnlySet<string>> OwnedRoleTitlesAsync(string tenantId, string userId, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        return (await db.Roles.Where(r => r.HiringManagerUserId == userId).Select(r => r.NormalizedTitle).ToListAsync(ct)).ToHashSet();
    }

    public async Task GrantAsync(string tenantId, string userId, TenantRole role, string grantedBy, DateTime nowUtc, string? roleTitle = null, CancellationToken ct = default)
    {
        try
        {
            await TryGrantAsync(tenantId, userId, role, grantedBy, nowUtc, roleTitle, ct);
        }
        catch (DbUpdateException)
        {
            // Teams sends installationUpdate and conversationUpdate together, so two turns can grant the installer at
            // once. The loser retries against what the winner wrote, which turns its insert into a no-op or an update.
            await TryGrantAsync(tenantId, userId, role, grantedBy, nowUtc, roleTitle, ct);
        }
    }

    private async Task TryGrantAsync(string tenantId, string userId, TenantRole role, string grantedBy, DateTime nowUtc, string? roleTitle, CancellationToken ct)
    {
        TurnCache.Current?.ForgetRoles();
        await using var db = dbs.For(tenantId);
        if (!await db.Set<RoleGrant>().AnyAsync(g => g.UserId == userId && g.Role == role, ct))
            db.Set<RoleGrant>().Add(new RoleGrant { TenantId = tenantId, UserId = userId, Role = role, GrantedBy = grantedBy, GrantedAtUtc = nowUtc });
        if (role == TenantRole.HiringManager && !string.IsNullOrWhiteSpace(roleTitle))
        {
            var key = NameNormalizer.Title(roleTitle);
            var opening = await db.Roles.FirstOrDefaultAsync(r => r.NormalizedTitle == key, ct);
            if (opening is null)
            {
                db.Roles.Add(new Role { TenantId = tenantId, Title = roleTitle.Trim(), NormalizedTitle = key, HiringManagerUserId = userId, CreatedAtUtc = nowUtc });
            }
            else
            {
                opening.HiringManagerUserId = userId;
            }
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> RevokeAsync(string tenantId, string userId, TenantRole role, CancellationToken ct = default)
    {
        TurnCache.Current?.ForgetRoles();
        await using var db = dbs.For(tenantId);
        return await db.Set<RoleGrant>().Where(g => g.UserId == userId && g.Role == role).ExecuteDeleteAsync(ct) > 0;
    }

    /// <summary>The person who installed the bot becomes its first admin and a recruiter, unless admins exist already.</summary>
    public async Task GrantInstallerAsync(string tenantId, string userId, DateTime nowUtc, CancellationToken ct = default)
    {
        if (IsOpen(tenantId)) return;
        await using (var db = dbs.For(tenantId))
        {
            if (await db.Set<RoleGrant>().AnyAsync(g => g.Role == TenantRole.Admin, ct)) return;
        }
        if (options.Value.Tenants.TryGetValue(tenantId, out var configured) && configured.Admins.Count > 0) return;
        await GrantAsync(tenantId, userId, TenantRole.Admin, "installer", nowUtc, ct: ct);
        await GrantAsync(tenantId, userId, TenantRole.Recruiter, "installer", nowUtc, ct: ct);
    }

    public async Task<IReadOnlyList<RoleGrant>> GrantsAsync(string tenantId, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        return await db.Set<RoleGrant>().AsNoTracking().OrderBy(g => g.Role).ThenBy(g => g.UserId).ToListAsync(ct);
    }

    /// <summary>Who to ask for access, by name where we know it.</summary>
    public async Task<string> AdminsAsync(string tenantId, CancellationToken ct = default)
    {
        var ids = new List<string>();
        if (options.Value.Tenants.TryGetValue(tenantId, out var configured)) ids.AddRange(configured.Admins);
        await using var db = dbs.For(tenantId);
        ids.AddRange(await db.Set<RoleGrant>().Where(g => g.Role == TenantRole.Admin).Select(g => g.UserId).ToListAsync(ct));
        if (ids.Count == 0) return "whoever installed RecruitBot";
        var names = await db.Members.Where(m => ids.Contains(m.UserId)).Select(m => new { m.UserId, m.DisplayName }).ToListAsync(ct);
        return string.Join(", ", ids.Distinct().Select(id => names.FirstOrDefault(n => n.UserId == id)?.DisplayName ?? id));
    }
}
