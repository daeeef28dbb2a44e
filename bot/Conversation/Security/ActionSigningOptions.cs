namespace RecruitBot.Conversation.Security;

/// <summary>
/// Bound from <c>Security</c>. <see cref="ActionSigningKey"/> (base64, at least 32 bytes) signs card actions; without
/// one, a random key is generated once and kept in the database, so every instance and restart shares it.
/// </summary>
public sealed class ActionSigningOptions
{
    public const string Section = "Security";

    public string? ActionSigningKey { get; set; }

    /// <summary>How long a card's buttons keep working after the card was sent.</summary>
    public TimeSpan ActionTtl { get; set; } = TimeSpan.FromDays(30);

    public IEnumerable<string> Validate()
    {
        if (ActionTtl <= TimeSpan.Zero) yield return "Security:ActionTtl must be positive.";
        if (ActionSigningKey is { Length: > 0 } key)
        {
            byte[]? bytes = null;
            try { bytes = Convert.FromBase64String(key); } catch (FormatException) { }
            if (bytes is null || bytes.Length < 32) yield return "Security:ActionSigningKey must be base64 of at least 32 random bytes.";
        }
    }
}
