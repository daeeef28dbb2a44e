namespace RecruitBot.Channels.Slack.Security;

/// <summary>Outcome of checking one request's signature; only <see cref="Valid"/> lets it through.</summary>
public enum SlackVerification
{
    Valid,
    NotConfigured,
    MissingHeaders,
    Stale,
    BadSignature,
}
