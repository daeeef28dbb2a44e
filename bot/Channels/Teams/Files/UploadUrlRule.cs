using RecruitBot.Channels.Teams.Auth;

namespace RecruitBot.Channels.Teams.Files;

/// <summary>
/// Where the bot may PUT a user's file: an absolute https URL without credentials in it (Teams hands out OneDrive
/// upload sessions), or plain http on loopback for emulators and tests. Anything else fails closed.
/// </summary>
public static class UploadUrlRule
{
    public static bool IsAllowed(string? uploadUrl) =>
        Uri.TryCreate(uploadUrl, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.UserInfo)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && TokenRules.IsLoopback(uri)));
}
