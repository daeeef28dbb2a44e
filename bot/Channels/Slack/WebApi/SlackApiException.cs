namespace RecruitBot.Channels.Slack.WebApi;

/// <summary>A Web API call answered <c>ok:false</c> (or failed on HTTP); <see cref="Error"/> is Slack's error code.</summary>
public sealed class SlackApiException(string method, string error, string? detail = null)
    : Exception($"Slack {method} failed: {error}{(detail is null ? "" : " (" + detail + ")")}")
{
    public string Method { get; } = method;
    public string Error { get; } = error;

    /// <summary>Errors meaning the conversation will never accept our messages again.</summary>
    public bool ConversationGone => Error is "channel_not_found" or "account_inactive" or "is_archived";
}
