namespace RecruitBot.Channels.Teams.Auth;

/// <summary>Pulls the token out of an Authorization header; anything but <c>Bearer &lt;token&gt;</c> yields null.</summary>
public static class BearerToken
{
    public static string? Extract(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader)) return null;
        var header = authorizationHeader.Trim();
        const string scheme = "Bearer ";
        if (header.Length <= scheme.Length || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return null;
        var token = header[scheme.Length..].Trim();
        return token.Length == 0 || token.Contains(' ') ? null : token;
    }
}
